import type { AnswerAsked } from "../compose/answer-reply.js";
import type { Topic } from "../knowledge/schema.js";
import type { Smalltalk } from "../decide/reading.js";
import type { SourcesFocus } from "../state.js";
import type { PlanAsked } from "./plan/module.js";

/** What the advisor has decided to do with a question, before any words are chosen. */
export type Intent =
  | ({ kind: "answer" } & AnswerAsked)
  | { kind: "compare"; careers: string[]; topic: Topic }
  | { kind: "glossary"; terms: string[] }
  /** `newer` when the question asks for anything more recent than the sources; `source` when it points at one ("that survey"). */
  | { kind: "sources"; focus: SourcesFocus; careers: string[]; topic?: Topic; newer?: boolean; source?: string }
  | { kind: "which-career"; topic: Topic; options: readonly string[] }
  | { kind: "which-comparison"; topic: Topic }
  | { kind: "did-you-mean"; careers: string[]; topic: Topic }
  /** Jobs the knowledge does not cover, by the names the question used (may be empty), and what was asked of them. */
  | { kind: "other-career"; jobs: string[]; topic?: Topic }
  | { kind: "smalltalk"; about: Smalltalk }
  /** A message in another language, by its ISO 639-3 code. */
  | { kind: "other-language"; language: string }
  | { kind: "not-understood" }
  /** A guided career plan: its next question, or the plan itself. */
  | ({ kind: "plan" } & PlanAsked);

export type IntentOf<K extends Intent["kind"]> = Extract<Intent, { kind: K }>;
