import type { Knowledge } from "../knowledge/load.js";
import type { ConversationState } from "../state.js";
import type { Understanding } from "../understand/understand.js";
import type { Intent } from "./intent.js";
import { read, type Reading } from "./reading.js";
import { RULES } from "./rules.js";

export type Decision = { intent: Intent; rule: string; reading: Reading };

/** Reads a question in the light of its conversation and lets the first rule that applies decide the reply. */
export function decide(u: Understanding, state: ConversationState | undefined, knowledge: Knowledge): Decision {
  const reading = read(u, state, knowledge);
  for (const rule of RULES) {
    const intent = rule.decide(reading);
    if (intent) return { intent, rule: rule.name, reading };
  }
  // The last rule answers whenever there is a career, and the one before it whenever there is none.
  throw new Error("no rule decided");
}
