import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { createEngine, type ConversationState, type Reply } from "../../src/index.js";
import { shippedKnowledge } from "../helpers.js";

// The held-out personas of the guided plan (tests/evaluation/plan/personas.yaml), written from the two
// articles before the plan was tuned. Every persona passes but those listed as known failures, which must
// still fail, so the list only shrinks.

type Persona = { id: string; says: string[]; first: string; mentions: (string | string[])[] };
type Known = { id: string; reason: string };

const file = fileURLToPath(new URL("../evaluation/plan/personas.yaml", import.meta.url));
const { personas, knownFailures } = parse(readFileSync(file, "utf8")) as { personas: Persona[]; knownFailures: Known[] };
const engine = createEngine(shippedKnowledge());

/** What is wrong with the plan a persona ends with; empty when nothing is. */
export function problemsOf(persona: Persona): string[] {
  let state: ConversationState | undefined;
  let reply: Reply | undefined;
  for (const line of persona.says) ({ reply, state } = engine.respond(line, state));
  if (!reply || reply.kind !== "answer" || reply.topic !== "plan") return [`ends with a ${reply?.kind} reply, not a plan: ${reply?.text.slice(0, 120)}`];
  const problems: string[] = [];
  if (reply.careerIds[0] !== persona.first) problems.push(`first role ${reply.careerIds[0]}, expected ${persona.first}`);
  const text = reply.text.toLowerCase();
  for (const mention of persona.mentions) {
    const any = Array.isArray(mention) ? mention : [mention];
    if (!any.some((m) => text.includes(m.toLowerCase()))) problems.push(`does not mention ${any.join(" or ")}`);
  }
  return problems;
}

describe("the plan personas", () => {
  const results = personas.map((p) => ({ id: p.id, problems: problemsOf(p) }));
  const known = new Map(knownFailures.map((k) => [k.id, k.reason]));

  it("pass, but for the known failures", () => {
    const passed = results.filter((r) => !r.problems.length).length;
    console.log(`plan personas: ${passed} of ${results.length} pass`);
    const failing = results.filter((r) => r.problems.length && !known.has(r.id));
    expect(failing).toEqual([]);
  });

  it("list as known failures only personas that still fail, each with its reason", () => {
    for (const k of knownFailures) expect(k.reason.trim().length, k.id).toBeGreaterThan(0);
    const stale = knownFailures.filter((k) => !results.find((r) => r.id === k.id)?.problems.length);
    expect(stale, "these pass now (or no longer exist): take them off the list").toEqual([]);
  });
});
