import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadEvaluationSet, loadKnowledge } from "../../src/authoring.js";

const TRADES = fileURLToPath(new URL("../packs/trades", import.meta.url));

describe("the skilled-trades pack, a second field", () => {
  it("loads cleanly, without warnings", () => {
    const knowledge = loadKnowledge(TRADES);
    expect([...knowledge.careers.keys()]).toEqual(["electrician", "hvac-technician", "plumber"]);
    expect(knowledge.warnings).toEqual([]);
    expect(knowledge.advisor?.field).toBe("careers in the skilled trades");
  });

  it("has hourly pay and says what its sources leave out", () => {
    const knowledge = loadKnowledge(TRADES);
    expect(knowledge.careers.get("electrician")!.pay[0]).toMatchObject({ amount: 29.5, unit: "hour", currency: "USD" });
    expect(knowledge.sources.get("trades-fact-sheet")!.notCovered.map((entry) => entry.what)).toContain("union and non-union pay");
  });

  it("has an evaluation set of at least 60 turns over every topic", () => {
    const set = loadEvaluationSet(fileURLToPath(new URL("../packs/trades/evaluation.yaml", import.meta.url)));
    expect(set.conversations.flatMap((c) => c.turns).length).toBeGreaterThanOrEqual(60);
    expect(new Set(set.conversations.map((c) => c.category))).toEqual(
      new Set(["pay", "education", "certifications", "duties", "workplaces", "outlook", "paths", "related", "comparison", "follow-up", "typos", "glossary", "out-of-scope", "not-known", "ambiguous", "smalltalk", "sources"]),
    );
  });
});
