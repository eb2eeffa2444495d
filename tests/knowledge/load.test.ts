import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/authoring.js";
import { Career } from "../../src/knowledge/schema.js";
import { generateKnowledge } from "../../bench/generate.js";
import { edit, problemsOf } from "./folder.js";
import { copyOfKnowledge, placeOf, SHIPPED } from "../helpers.js";

/** A generated folder large enough that its careers are checked by the validator made for large folders. */
function largeFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "career-advisor-large-")), "knowledge");
  generateKnowledge(dir, 120);
  return dir;
}

describe("loadKnowledge", () => {
  it("loads the shipped folder", () => {
    const knowledge = loadKnowledge(SHIPPED);
    expect([...knowledge.careers.keys()].sort()).toEqual([
      "database-administrator",
      "health-information-technician",
      "health-services-manager",
      "healthcare-it-professional",
    ]);
    expect(knowledge.sources.has("himss-salary-survey")).toBe(true);
  });

  it("gives each career the value the career schema gives its file, defaults included, in small folders and large", () => {
    const small = copyOfKnowledge();
    const large = largeFolder();
    for (const dir of [small, large]) {
      writeFileSync(join(dir, "careers/minimal-career.yaml"), "id: minimal-career\nname: Minimal career\nplural: minimal careers\naliases: [minimal career]\ntopics: {}\n");
    }
    const trades = fileURLToPath(new URL("../packs/trades", import.meta.url));
    for (const folder of [small, large, trades]) {
      for (const career of loadKnowledge(folder).careers.values()) {
        const file = readFileSync(join(folder, "careers", `${career.id}.yaml`), "utf8");
        expect(career).toStrictEqual(Career.parse(parse(file)));
      }
    }
  });

  it("words a problem in a career file of a large folder as in a small one", () => {
    const large = largeFolder();
    edit(large, "careers/health-information-technician.yaml", (t) => t.replace("amount: 37110", "amount: lots"));
    expect(problemsOf(large)).toEqual([
      expect.stringMatching(/^careers\/health-information-technician\.yaml:\d+:13: pay\[0\]\.amount: expected a number/),
    ]);
  });

  it("gives the same version for the same files and a new one after any edit", () => {
    const dir = copyOfKnowledge();
    const before = loadKnowledge(dir).version;
    expect(before).toMatch(/^[0-9a-f]{12}$/);
    expect(loadKnowledge(dir).version).toBe(before);
    edit(dir, "glossary.yaml", (t) => t + "\n# a comment changes the file\n");
    expect(loadKnowledge(dir).version).not.toBe(before);
  });

  it("names the file, the field and what was expected for a value of the wrong type", () => {
    const dir = copyOfKnowledge();
    edit(dir, "careers/health-information-technician.yaml", (t) => t.replace("amount: 37110", "amount: lots"));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^careers\/health-information-technician\.yaml:\d+:13: pay\[0\]\.amount: expected a number/),
    ]);
  });

  it("reports a missing required field by its path", () => {
    const dir = copyOfKnowledge();
    edit(dir, "careers/database-administrator.yaml", (t) => t.replace(/^plural: .*\n/m, ""));
    expect(problemsOf(dir)).toEqual([`${placeOf(dir, "careers/database-administrator.yaml", "id: ", 1)}: plural: \`plural:\` is missing`]);
  });

  it("rejects a citation of a source that does not exist and lists the ones that do", () => {
    const dir = copyOfKnowledge();
    edit(dir, "careers/database-administrator.yaml", (t) => t.replace("sources: [hit-specialist-article]", "sources: [wikipedia]"));
    const [problem] = problemsOf(dir);
    expect(problem).toMatch(/^careers\/database-administrator\.yaml:\d+:\d+: topics\.overview\.points\[0\]\.sources\[0\]: unknown source `wikipedia`/);
    expect(problem).toContain("healthcare-it-article");
  });

  it("rejects a related career that does not exist", () => {
    const dir = copyOfKnowledge();
    edit(dir, "careers/database-administrator.yaml", (t) => t.replace("related: [health-information-technician,", "related: [astronaut,"));
    expect(problemsOf(dir)).toEqual([
      `${placeOf(dir, "careers/database-administrator.yaml", "related: [astronaut", 11)}: related[0]: unknown career \`astronaut\`; the careers are database-administrator, health-information-technician, health-services-manager, healthcare-it-professional`,
    ]);
  });

  it("rejects duplicate ids and a file whose id does not match its name", () => {
    const dir = copyOfKnowledge();
    writeFileSync(join(dir, "careers/dba-copy.yaml"), readFileSync(join(dir, "careers/database-administrator.yaml")));
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      `${placeOf(dir, "careers/dba-copy.yaml", "id: ", 5)}: id: the career id \`database-administrator\` is already used by careers/database-administrator.yaml; give each career its own id`,
    );
    expect(problems).toContainEqual(expect.stringMatching(/^careers\/dba-copy\.yaml:\d+:5: id: expected `dba-copy`/));
  });

  it("rejects a glossary meaning that cites a document instead of a reference", () => {
    const dir = copyOfKnowledge();
    edit(dir, "glossary.yaml", (t) => t.replace("sources: [general-reference]", "sources: [healthcare-it-article]"));
    expect(problemsOf(dir)).toEqual([expect.stringContaining("must cite a reference source, not the documents")]);
  });

  it("reports YAML syntax errors with a line number", () => {
    const dir = copyOfKnowledge();
    edit(dir, "sources.yaml", (t) => t.replace("sources:\n", "sources:\n  - id: [unclosed\n"));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(new RegExp(`^${placeOf(dir, "sources.yaml", "- id: healthcare-it-article", 3)}: not valid YAML or JSON: `))]);
  });

  it("reports a missing file and a missing careers folder", () => {
    const dir = copyOfKnowledge();
    rmSync(join(dir, "glossary.yaml"));
    rmSync(join(dir, "careers"), { recursive: true });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual("glossary.yaml: cannot read the file (ENOENT)");
    expect(problems).toContainEqual(expect.stringMatching(/^careers\/: cannot read the folder \(ENOENT\)/));
  });

  it("collects problems from several files at once", () => {
    const dir = copyOfKnowledge();
    edit(dir, "careers/database-administrator.yaml", (t) => t.replace(/^name: .*\n/m, ""));
    edit(dir, "careers/health-services-manager.yaml", (t) => t.replace(/^name: .*\n/m, ""));
    expect(problemsOf(dir)).toHaveLength(2);
  });
});
