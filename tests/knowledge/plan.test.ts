import { describe, expect, it } from "vitest";
import { describeProblem } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { edit, problemsOf } from "./folder.js";
import { copyOfKnowledge } from "../helpers.js";

describe("the guided plan's knowledge", () => {
  it("names the file, the field and the fix for a career's plan that names no option of advisor.yaml", () => {
    const dir = copyOfKnowledge();
    edit(dir, "careers/health-information-technician.yaml", (t) => t.replace("level: associate", "level: asociate").replace("- id: data", "- id: dta"));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^careers\/health-information-technician\.yaml:\d+:\d+: plan\.schooling\.level: unknown schooling `asociate` \(did you mean `associate`\?\); use an option id/),
      expect.stringMatching(/^careers\/health-information-technician\.yaml:\d+:\d+: plan\.interests\[0\]\.id: unknown interest `dta` \(did you mean `data`\?\); use an option id of the interest question in advisor\.yaml: people, systems, data, management$/),
    ]);
  });

  it("names an unknown source in a career's plan", () => {
    const dir = copyOfKnowledge();
    edit(dir, "careers/health-services-manager.yaml", (t) => t.replace("schooling: { level: bachelor, sources: [hit-specialist-article] }", "schooling: { level: bachelor, sources: [hit-article] }"));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^careers\/health-services-manager\.yaml:\d+:\d+: plan\.schooling\.sources\[0\]: unknown source `hit-article`/)]);
  });

  it("asks for the field of a career's schooling as a list of the ways people name it", () => {
    const dir = copyOfKnowledge();
    edit(dir, "careers/health-information-technician.yaml", (t) => t.replace("subject: [health information technology]", "subject: health information technology"));
    edit(dir, "careers/health-services-manager.yaml", (t) => t.replace("schooling: { level: bachelor,", "schooling: { level: bachelor, subject: [],"));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^careers\/health-information-technician\.yaml:\d+:\d+: plan\.schooling\.subject: expected a list, written \[a, b\] or one "- item" per line; got the text "health information technology"$/),
      expect.stringMatching(/^careers\/health-services-manager\.yaml:\d+:\d+: plan\.schooling\.subject: expected at least one way people name the subject, written \[a, b\]; leave `subject` out when the sources name none$/),
    ]);
  });

  it("asks for 2 to 5 options a question, and each option once", () => {
    const dir = copyOfKnowledge();
    edit(dir, "advisor.yaml", (t) => t.replace("        - id: four-years\n", "        - id: two-years\n"));
    edit(dir, "advisor.yaml", (t) => t.replace(/        - id: people\n(?:          .*\n)+        - id: systems\n(?:          .*\n)+        - id: data\n(?:          .*\n)+/, ""));
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^advisor\.yaml:\d+:\d+: plan\.questions\.interest\.options: expected 2 to 5 options/));
    expect(problems).toContainEqual(expect.stringMatching(/^advisor\.yaml:\d+:\d+: plan\.questions\.time\.options\[2\]\.id: the option id `two-years` is used more than once/));
  });

  it("loads careers with plans in a folder whose advisor.yaml asks no plan questions, with a warning for each", () => {
    const dir = copyOfKnowledge();
    edit(dir, "advisor.yaml", (t) => t.slice(0, t.indexOf("# The guided plan")));
    const knowledge = loadKnowledge(dir);
    expect(knowledge.advisor?.plan).toBeUndefined();
    const warnings = knowledge.warnings.map(describeProblem);
    expect(warnings).toHaveLength(knowledge.careers.size);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^careers\/health-services-manager\.yaml:\d+:\d+: plan: this career has a `plan:` but advisor\.yaml has none, so no plan is offered; add the plan's questions to advisor\.yaml or remove this `plan:`$/),
    );
  });
});
