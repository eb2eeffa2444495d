import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadEvaluationSet, runEvaluation } from "../../src/index.js";
import { shippedAdvisor } from "../helpers.js";

const SETS = ["evaluation.yaml", "paraphrases.yaml"]
  .map((name) => fileURLToPath(new URL(`../evaluation/${name}`, import.meta.url)))
  .filter((file) => existsSync(file));

describe.each(SETS)("evaluation set %s", (file) => {
  it("passes at or above its threshold", () => {
    const set = loadEvaluationSet(file);
    const report = runEvaluation(shippedAdvisor(), set);
    const failures = report.results
      .filter((r) => r.problems.length)
      .map((r) => `${r.conversation}: ${JSON.stringify(r.ask)} → ${r.problems.join("; ")}`);
    expect(report.results.length).toBeGreaterThan(50);
    expect(report.passRate, failures.join("\n")).toBeGreaterThanOrEqual(report.threshold);
  });
});

describe("the evaluation set", () => {
  it("has at least 150 turns over every topic", () => {
    const set = loadEvaluationSet(SETS[0]!);
    const turns = set.conversations.flatMap((c) => c.turns.map((t) => t.category ?? c.category));
    expect(turns.length).toBeGreaterThanOrEqual(150);
    for (const category of ["pay", "education", "certifications", "outlook", "duties", "workplaces", "paths", "related", "comparison", "sources", "glossary", "followup", "typos", "noise", "clarify", "out-of-scope", "smalltalk"]) {
      expect(turns, category).toContain(category);
    }
  });

  it("fails a reply that lacks what a turn expects", () => {
    const set = loadEvaluationSet(SETS[0]!);
    const broken = { ...set, conversations: [{ id: "x", category: "pay", turns: [{ ask: "hi", kind: "answer" as const, contains: ["$1"], excludes: [], sources: ["bls"] }] }] };
    const [result] = runEvaluation(shippedAdvisor(), broken).results;
    expect(result!.problems).toEqual([
      "expected a answer reply, got smalltalk",
      'expected the text to contain "$1"',
      'expected a citation of "bls"',
    ]);
  });
});
