import type { Knowledge } from "../knowledge/load.js";
import type { ConversationState } from "../state.js";
import type { Understanding } from "../understand/understand.js";
import { read, type Reading } from "./reading.js";

/** One step in reading a question: it either decides what the reply is, or leaves it to the next rule. */
export type Rule<I> = { readonly name: string; decide(reading: Reading): I | undefined };

export type Decision<I> = { intent: I; rule: string; reading: Reading };

/** Reads a question in the light of its conversation and lets the first of `rules` that applies decide the reply. */
export function decide<I>(u: Understanding, state: ConversationState | undefined, knowledge: Knowledge, rules: readonly Rule<I>[]): Decision<I> {
  const reading = read(u, state, knowledge);
  for (const rule of rules) {
    const intent = rule.decide(reading);
    if (intent) return { intent, rule: rule.name, reading };
  }
  throw new Error("no rule decided");
}
