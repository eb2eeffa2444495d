import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { BOTH_PACKS, SHIPPED } from "../helpers.js";

describe.each(BOTH_PACKS)("claims inside a question, on the $pack pack", ({ dir }) => {
  const knowledge = loadKnowledge(dir);
  const engine = createEngine(knowledge);
  const career = [...knowledge.careers.values()].find((c) => c.outlook)!;
  const rate = career.outlook!.growthPercent;

  it("a growth rate the sources contradict gets a no, then the rate they give", () => {
    const { reply } = engine.respond(`${career.plural} will grow ${rate + 25}% over the decade, right?`, undefined);
    expect(reply.text).toMatch(new RegExp(`^No — the projection was ${rate}% growth`));
  });

  it("the rate the sources give is not contradicted", () => {
    const { reply } = engine.respond(`${career.plural} will grow ${rate}% over the decade, right?`, undefined);
    expect(reply.text).not.toMatch(/^No\b/);
    expect(reply.text).toContain(`${rate}%`);
  });
});

it("a figure claimed for a name that fits several careers is checked against each, not asked back", () => {
  const { reply } = createEngine(loadKnowledge(SHIPPED)).respond("health information jobs will grow 40% over the decade, right?", undefined);
  expect(reply.kind).toBe("answer");
  expect(reply.text).toMatch(/^No, not according to the sources\./);
  expect(reply.kind === "answer" && reply.careerIds.length).toBeGreaterThan(1);
});
