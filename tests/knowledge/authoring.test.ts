import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { describeProblem } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { edit, problemsOf } from "./folder.js";
import { copyOfKnowledge, placeOf, SHIPPED } from "../helpers.js";

const HIT = "careers/health-information-technician.yaml";
const DBA = "careers/database-administrator.yaml";

describe("check's words for people", () => {
  it("reports format and cross-file problems in the same round, each with its line and column", () => {
    const dir = copyOfKnowledge();
    edit(dir, DBA, (t) => t.replace(/^plural: .*\n/m, "").replace("related: [health-information-technician,", "related: [astronot,"));
    edit(dir, HIT, (t) => t.replace("amount: 37110\n    measure: median\n    year: \"2015\"", "amount: 37110\n    measure: median\n    year: 2015"));
    edit(dir, HIT, (t) => t.replace("  education:\n    points:", "  skills:\n    points:"));
    edit(dir, "careers/health-services-manager.yaml", (t) => t.replace("sources: [hit-specialist-article]", "sources: [hit-specialist-artcle]"));
    expect(problemsOf(dir)).toEqual([
      `${placeOf(dir, DBA, "id: ", 1)}: plural: \`plural:\` is missing`,
      `${placeOf(dir, DBA, "related: [astronot", 11)}: related[0]: unknown career \`astronot\`; the careers are database-administrator, health-information-technician, health-services-manager, healthcare-it-professional`,
      `${placeOf(dir, HIT, "  skills:", 3)}: topics.skills: unknown topic \`skills\`; the topics are overview, duties, education, certifications, pay, outlook, workplaces, paths, related`,
      `${placeOf(dir, HIT, "year: 2015", 11)}: pay[0].year: write the year in quotes: "2015"`,
      expect.stringMatching(/^careers\/health-services-manager\.yaml:\d+:19: topics\.overview\.points\[0\]\.sources\[0\]: unknown source `hit-specialist-artcle` \(did you mean `hit-specialist-article`\?\); add it to sources\.yaml or use one of healthcare-it-article, /),
    ]);
  });

  it("says which field is missing under which", () => {
    const dir = copyOfKnowledge();
    edit(dir, HIT, (t) => t.replace("  - amount: 37110\n    measure: median", "  - measure: median"));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^careers\/health-information-technician\.yaml:\d+:5: pay\[0\]\.amount: `amount:` is missing under pay\[0\]$/)]);
  });

  it("names an unknown field, the likely one meant, and the fields that fit there", () => {
    const dir = copyOfKnowledge();
    edit(dir, HIT, (t) => t.replace("    measure: median", "    measur: median"));
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.stringContaining("pay[0].measur: unknown field `measur` (did you mean `measure`?); the fields under pay[0] are amount, unit, currency, measure,"));
  });

  it("asks for a number without currency signs, and for one of the choices by name", () => {
    const dir = copyOfKnowledge();
    edit(dir, HIT, (t) => t.replace("amount: 37110", 'amount: "$37,110"').replace("measure: average", "measure: mean"));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/pay\[0\]\.amount: expected a number without quotes, currency signs or commas: 37110$/),
      expect.stringMatching(/pay\[1\]\.measure: unknown value for `measure` `mean` \(did you mean `median`\?\); use one of median, average$/),
    ]);
  });

  it("names the file of a YAML alias bomb instead of failing without one", () => {
    const dir = copyOfKnowledge();
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) levels.push(`${"abcdefgh"[i]}: &${"abcdefgh"[i]} [${Array(10).fill(`*${"abcdefgh"[i - 1]}`).join(", ")}]`);
    writeFileSync(join(dir, "glossary.yaml"), levels.join("\n") + "\n");
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^glossary\.yaml: not valid YAML or JSON: Excessive alias count/)]);
  });
});

describe("warnings", () => {
  it("warns, without failing the load, when a background, place or cue phrase is also a career's name", () => {
    const dir = copyOfKnowledge();
    edit(dir, "vocabulary.yaml", (t) => t.replace("  clinical: [", "  clinical: [Health Services Manager, ").replace("\nplaces: [", "\nplaces: [dba, "));
    const knowledge = loadKnowledge(dir);
    expect(knowledge.careers.size).toBe(4);
    expect(knowledge.warnings.map(describeProblem)).toEqual([
      expect.stringMatching(/^vocabulary\.yaml:\d+:\d+: backgrounds\.clinical\[0\]: `Health Services Manager` is a `clinical` background phrase here and also a name of health services managers \(careers\/health-services-manager\.yaml\)/),
      expect.stringMatching(/^vocabulary\.yaml:\d+:\d+: places\[0\]: `dba` is a place here and also a name of database administrators/),
    ]);
  });

  it("has none for the shipped knowledge", () => {
    expect(loadKnowledge(SHIPPED).warnings).toEqual([]);
  });
});

describe("the format stays backward compatible", () => {
  it("reads pay without a unit or currency as yearly US dollars, and takes hourly figures in another currency", () => {
    const dir = copyOfKnowledge();
    edit(dir, HIT, (t) => t.replace("  - amount: 40430\n", "  - amount: 21.5\n    unit: hour\n    currency: GBP\n"));
    const pay = loadKnowledge(dir).careers.get("health-information-technician")!.pay;
    expect(pay[0]).toMatchObject({ amount: 37110, unit: "year", currency: "USD" });
    expect(pay[1]).toMatchObject({ amount: 21.5, unit: "hour", currency: "GBP" });
  });

  it("rejects a currency that is not an ISO code, and a unit it does not know", () => {
    const dir = copyOfKnowledge();
    edit(dir, HIT, (t) => t.replace("  - amount: 40430\n", "  - amount: 21.5\n    unit: fortnight\n    currency: pounds\n"));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/pay\[1\]\.unit: unknown value for `unit` `fortnight`; use one of year, hour$/),
      expect.stringMatching(/pay\[1\]\.currency: expected a three-letter ISO 4217 currency code in capitals, like USD, GBP or EUR$/),
    ]);
  });

  it("still reads the old global list of what the sources do not cover, as what every source leaves out", () => {
    const dir = copyOfKnowledge();
    edit(dir, "sources.yaml", (t) => t.replace(/    notCovered:\n(      .*\n)+/g, ""));
    edit(dir, "vocabulary.yaml", (t) => t + "beyondSources: [per hour, remote]\n");
    const knowledge = loadKnowledge(dir);
    expect(knowledge.sources.get("bls")!.notCovered).toEqual([
      { what: "per hour", asked: ["per hour"] },
      { what: "remote", asked: ["remote"] },
    ]);
    expect(knowledge.vocabulary.beyondSources).toEqual(["per hour", "remote"]);
  });

  it("gathers what sources and careers say they do not cover into the phrases the advisor listens for", () => {
    const dir = copyOfKnowledge();
    edit(dir, DBA, (t) => t + "notCovered:\n  - what: contract work\n    asked: [contractor, freelance]\n");
    const knowledge = loadKnowledge(dir);
    expect(knowledge.careers.get("database-administrator")!.notCovered).toEqual([{ what: "contract work", asked: ["contractor", "freelance"] }]);
    expect(knowledge.sources.get("healthcare-it-article")!.notCovered.map((entry) => entry.what)).toContain("hourly or monthly pay");
    expect(knowledge.vocabulary.beyondSources).toEqual(expect.arrayContaining(["per hour", "remote", "contractor", "freelance"]));
  });

  it("loads a folder without advisor.yaml, and checks one that is there", () => {
    const dir = copyOfKnowledge();
    expect(loadKnowledge(dir).advisor).toMatchObject({ name: "career-advisor", field: "careers in healthcare IT", documentNoun: { one: "article" } });
    edit(dir, "advisor.yaml", (t) => t.replace("offers: [pay,", "offers: [salary,"));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^advisor\.yaml:\d+:\d+: offers\[0\]: unknown topic `salary`; use one of overview, duties,/)]);
    rmSync(join(dir, "advisor.yaml"));
    expect(loadKnowledge(dir).advisor).toBeUndefined();
  });

  it("reads a career written as JSON", () => {
    const dir = copyOfKnowledge();
    const career = parse(readFileSync(join(dir, DBA), "utf8"));
    rmSync(join(dir, DBA));
    writeFileSync(join(dir, "careers/database-administrator.json"), JSON.stringify(career));
    expect(loadKnowledge(dir).careers.get("database-administrator")?.name).toBe("Database administrator");
  });
});
