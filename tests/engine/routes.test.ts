import { describe, expect, it } from "vitest";
import { createEngine, type ConversationState } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { BOTH_PACKS } from "../helpers.js";

// A way in described by the careers' own words: each case opens on one career, then describes a way in.
const CASES: Record<string, { opening: string; description: string; career: string; by: string; topic: string }[]> = {
  "healthcare IT": [
    { opening: "what education do healthcare IT professionals need?", description: "is the two-year route any good?", career: "health-information-technician", by: "education", topic: "education" },
    { opening: "how do I get into healthcare IT?", description: "tell me more about the clinical way in", career: "healthcare-it-professional", by: "clinical", topic: "paths" },
    { opening: "what education do database administrators need?", description: "how long is the bachelor's path?", career: "database-administrator", by: "education", topic: "education" },
  ],
  trades: [
    { opening: "what education do plumbers need?", description: "what about the one-year route?", career: "electrician", by: "education", topic: "education" },
    { opening: "what education do electricians need?", description: "is the six-month programme enough?", career: "hvac-technician", by: "education", topic: "education" },
  ],
};

describe.each(BOTH_PACKS)("a way in described by its words, on the $pack pack", ({ pack, dir }) => {
  const engine = createEngine(loadKnowledge(dir));

  it.each(CASES[pack]!)("$description resolves to $career ($by)", ({ opening, description, career, by, topic }) => {
    const first = engine.respond(opening, undefined);
    const explained = engine.explain(description, first.state as ConversationState);
    expect(explained.referent).toEqual({ kind: "route", id: career, by });
    expect(explained.reply.kind).toBe("answer");
    expect("careerIds" in explained.reply && explained.reply.careerIds).toEqual([career]);
    expect("topic" in explained.reply && explained.reply.topic).toBe(topic);
  });

  it("a description no way in fits picks nothing", () => {
    const first = engine.respond(CASES[pack]![0]!.opening, undefined);
    expect(engine.explain("what about the zebra route?", first.state).referent).toBeUndefined();
  });
});
