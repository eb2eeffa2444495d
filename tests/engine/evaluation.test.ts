import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadEvaluationSet, loadKnownFailures, runEvaluation } from "../../src/authoring.js";
import { createEngine } from "../../src/index.js";
import { shippedKnowledge } from "../helpers.js";

const file = (name: string) => fileURLToPath(new URL(`../evaluation/${name}`, import.meta.url));
const SETS = ["evaluation.yaml", "paraphrases.yaml", "held-out.yaml", "held-out-2.yaml", "held-out-3.yaml"];
const KNOWN = loadKnownFailures(file("known-failures.yaml"));
const key = (conversation: string, ask: string) => `${conversation}: ${JSON.stringify(ask)}`;

// The gate is every turn of every set. A turn may fail only if the known-failures list names it with its
// reason; a listed turn that starts passing must leave the list, so the list only shrinks.
describe.each(SETS)("evaluation set %s", (name) => {
  const set = loadEvaluationSet(file(name));
  const report = runEvaluation(createEngine(shippedKnowledge()), set);
  const known = new Set(KNOWN.filter((k) => k.set === name).map((k) => key(k.conversation, k.ask)));

  it("passes every turn not on the known-failures list", () => {
    const unexpected = report.results
      .filter((r) => r.problems.length && !known.has(key(r.conversation, r.ask)))
      .map((r) => `${key(r.conversation, r.ask)} → ${r.problems.join("; ")}\n    got: ${r.reply.text.replace(/\s+/g, " ").slice(0, 200)}`);
    expect(report.results.length).toBeGreaterThan(50);
    expect(unexpected, unexpected.join("\n")).toEqual([]);
  });

  it("still fails every turn the known-failures list names", () => {
    const asked = new Map(report.results.map((r) => [key(r.conversation, r.ask), r]));
    const stale = [...known].filter((k) => !asked.get(k)?.problems.length);
    expect(stale, "these turns pass now (or no longer exist): take them off known-failures.yaml").toEqual([]);
  });
});

describe("the known-failures list", () => {
  it("names only evaluation sets that exist", () => {
    for (const failure of KNOWN) expect(SETS).toContain(failure.set);
  });
});

describe("the evaluation sets", () => {
  it("have at least 150 turns over every topic", () => {
    const set = loadEvaluationSet(file("evaluation.yaml"));
    const turns = set.conversations.flatMap((c) => c.turns.map((t) => t.category ?? c.category));
    expect(turns.length).toBeGreaterThanOrEqual(150);
    for (const category of ["pay", "education", "certifications", "outlook", "duties", "workplaces", "paths", "related", "comparison", "sources", "glossary", "followup", "typos", "noise", "clarify", "out-of-scope", "smalltalk"]) {
      expect(turns, category).toContain(category);
    }
  });

  it("include a held-out set of at least 150 turns in many registers", () => {
    const set = loadEvaluationSet(file("held-out.yaml"));
    const turns = set.conversations.flatMap((c) => c.turns.map((t) => t.category ?? c.category));
    expect(turns.length).toBeGreaterThanOrEqual(150);
    for (const category of ["students", "changers", "nonnative", "phone", "rambling", "followup", "traps", "injection", "out-of-scope"]) {
      expect(turns, category).toContain(category);
    }
  });

  it("include a held-out set of conversations three to seven turns long, each turn with its kind", () => {
    const set = loadEvaluationSet(file("held-out-3.yaml"));
    expect(set.conversations.length).toBeGreaterThanOrEqual(36);
    for (const conversation of set.conversations) {
      expect(conversation.turns.length, conversation.id).toBeGreaterThanOrEqual(3);
      expect(conversation.turns.length, conversation.id).toBeLessThanOrEqual(7);
      for (const turn of conversation.turns) expect(turn.kind, `${conversation.id}: ${turn.ask}`).toBeDefined();
    }
  });

  it("fail a reply that lacks what a turn expects", () => {
    const set = loadEvaluationSet(file("evaluation.yaml"));
    const broken = { ...set, conversations: [{ id: "x", category: "pay", turns: [{ ask: "hi", kind: "answer" as const, contains: ["$1"], excludes: [], sources: ["bls"] }] }] };
    const [result] = runEvaluation(createEngine(shippedKnowledge()), broken).results;
    expect(result!.problems).toEqual([
      "expected a answer reply, got smalltalk",
      'expected the text to contain "$1"',
      'expected a citation of "bls"',
    ]);
  });
});
