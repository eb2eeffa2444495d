import { describe, expect, it } from "vitest";
import { gapGroups } from "../../src/reports.js";
import { toWords } from "../../src/understand/normalise.js";
import { shippedKnowledge } from "../helpers.js";
import { question } from "./reports.js";

/** The groups of `texts`, each as its example wordings, most frequent group first. */
function grouped(texts: readonly string[]): string[][] {
  const records = texts.map((text, i) => question(text, new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString()));
  return gapGroups(records, shippedKnowledge()).map((group) => group.examples);
}

describe("how the gaps report reads a question", () => {
  it("folds a misspelling into the known word it is one slip from", () => {
    expect(grouped(["astronaut salery", "astronaut salary", "astronuat salary"])).toHaveLength(1);
  });

  it("lets a word the knowledge lacks, asked more than once, gather its own misspellings", () => {
    expect(grouped(["taxidermist pay", "taxidermist salary", "taxidermst pay", "taxidermists pay"])).toHaveLength(1);
  });

  it("folds a misspelling however often repeated into a word asked at least twice as often", () => {
    const texts = ["taxidermist pay", "taxidermist salary", "taxidermist wage", "taxidermist earn", "taxidermst pay", "taxidermst salary"];
    expect(grouped(texts)).toHaveLength(1);
    expect(grouped(texts.slice(2))).toHaveLength(2);
  });

  it("leaves a word asked once to itself: it has nothing to say about other spellings", () => {
    expect(grouped(["taxidermist pay", "taxidermst pay"])).toHaveLength(2);
  });

  it("reads chat spellings and plurals as the advisor does", () => {
    const [group, ...rest] = gapGroups(["wat do astronauts earn", "what does an astronaut earn"].map((text) => question(text, "2026-11-01T00:00:00.000Z")), shippedKnowledge());
    expect(rest).toEqual([]);
    expect(group!.about).toMatchObject({ occupations: ["astronaut"], topics: ["pay"], words: [] });
  });

  it("keeps apart questions about different unknown things, and short words and numbers as they are", () => {
    expect(grouped(["zebra keeper pay", "zebra pay", "401k pay", "402k pay"])).toHaveLength(4);
  });

  it("splits words as the advisor does, markup, links and emoji codes dropped", () => {
    const texts = ["<@U123> sommelier salary :moneybag:", "Sommelier   salary https://example.org/x", "sommelier salary"];
    for (const text of texts) expect(toWords(text)).toEqual(["sommelier", "salary"]);
    const [group] = gapGroups(texts.map((text) => question(text, "2026-11-01T00:00:00.000Z")), shippedKnowledge());
    expect(group).toMatchObject({ count: 3, examples: ["<@U123> sommelier salary :moneybag:"] });
  });
});
