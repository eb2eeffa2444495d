import { describe, expect, it } from "vitest";
import { gapGroups } from "../../src/reports.js";
import { shippedKnowledge } from "../helpers.js";
import { question } from "./reports.js";

describe("gap groups over records in any order", () => {
  it("finds a group's first and last time however the records are ordered", () => {
    const records = [
      question("astronaut salary", "2026-09-01T09:00:00.000Z"),
      question("sommelier salary", "2026-12-31T00:00:00.000Z"),
      // From here on each is earlier than one already seen.
      question("astronaut salary", "2026-11-30T09:00:00.000Z"),
      question("astronaut salary", "2026-10-05T09:00:00.000Z"),
      question("astronaut salary", "2026-08-15T00:00:00.000Z"),
      question("how much do astronauts earn", "2026-10-20T09:00:00.000Z"),
    ];
    const [astronaut, sommelier] = gapGroups(records, shippedKnowledge());
    expect(astronaut).toMatchObject({ count: 5, first: "2026-08-15T00:00:00.000Z", last: "2026-11-30T09:00:00.000Z" });
    expect(sommelier).toMatchObject({ count: 1, first: "2026-12-31T00:00:00.000Z", last: "2026-12-31T00:00:00.000Z" });
  });

  it("finds them in records that come in time order, as the journal writes them", () => {
    const times = ["2026-09-01T09:00:00.000Z", "2026-09-02T09:00:00.000Z", "2026-09-02T09:00:00.000Z", "2026-10-01T00:00:00.000Z"];
    const [astronaut] = gapGroups(times.map((time) => question("astronaut salary", time)), shippedKnowledge());
    expect(astronaut).toMatchObject({ count: 4, first: times[0], last: times[3] });
  });

  it("lists reply kinds in the order first met, text by text in the order the texts were first asked", () => {
    const records = [
      question("astronaut salary", "2026-11-01T00:00:00.000Z", "clarify"),
      question("how much do astronauts earn", "2026-11-02T00:00:00.000Z", "not-covered"),
      question("astronaut salary", "2026-11-03T00:00:00.000Z", "fallback"),
      question("how much do astronauts earn", "2026-11-04T00:00:00.000Z", "fallback"),
    ];
    const [astronaut] = gapGroups(records, shippedKnowledge());
    expect(Object.entries(astronaut!.kinds)).toEqual([
      ["clarify", 1],
      ["fallback", 2],
      ["not-covered", 1],
    ]);
  });

  it("counts texts that differ only in case and punctuation as one wording, shown as first asked", () => {
    const records = [
      question("Astronaut salary?", "2026-11-01T00:00:00.000Z"),
      question("how much do astronauts earn", "2026-11-02T00:00:00.000Z"),
      question("astronaut salary", "2026-11-03T00:00:00.000Z"),
      question("how much do astronauts earn", "2026-11-04T00:00:00.000Z"),
      question("ASTRONAUT, SALARY", "2026-11-05T00:00:00.000Z"),
    ];
    const [astronaut] = gapGroups(records, shippedKnowledge());
    expect(astronaut!.examples).toEqual(["Astronaut salary?", "how much do astronauts earn"]);
  });

  it("groups questions whose only difference is a misspelling of a word asked elsewhere", () => {
    const records = ["sommelier salary", "sommelier pay", "somelier salary", "what do sommeliers earn"].map((text, i) => question(text, `2026-11-0${i + 1}T00:00:00.000Z`));
    const groups = gapGroups(records, shippedKnowledge());
    expect(groups.map((g) => g.count)).toEqual([4]);
    expect(groups[0]!.about).toMatchObject({ words: ["sommelier"], topics: ["pay"] });
  });
});
