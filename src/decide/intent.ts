import type { Background, Topic } from "../knowledge/schema.js";
import type { PayScope, SourcesFocus } from "../state.js";

export type Smalltalk = "greeting" | "thanks" | "goodbye" | "help";

/** What the advisor has decided to do with a question, before any words are chosen. */
export type Intent =
  | {
      kind: "answer";
      careers: string[];
      topics: Topic[];
      scopes: PayScope[];
      why: boolean;
      background?: Background;
      /**
       * The question asked about something the knowledge has no words for, so the answer is only the general
       * picture: what was asked, as typed, when the sources or the career's file say they leave it out.
       */
      unmatched?: { what: string; asked: string }[];
      /** Things the question names that the sources do not mention ("a Globex certification"), said first. */
      unmentioned?: string[];
      /** Jobs the sources do not cover, set against the career ("more than a teacher"). */
      otherJobs?: string[];
      /** A short follow-up on the topic just answered: the headline only. */
      brief?: boolean;
      /** The question rests on a claim the sources contradict, so the answer starts by saying no. */
      contradicts?: boolean;
    }
  | { kind: "compare"; careers: string[]; topic: Topic }
  | { kind: "glossary"; terms: string[] }
  | { kind: "sources"; focus: SourcesFocus; careers: string[]; topic?: Topic }
  | { kind: "which-career"; topic: Topic; options: readonly string[] }
  | { kind: "which-comparison"; topic: Topic }
  | { kind: "did-you-mean"; careers: string[]; topic: Topic }
  /** Jobs the knowledge does not cover, by the names the question used (may be empty). */
  | { kind: "other-career"; jobs: string[] }
  | { kind: "smalltalk"; about: Smalltalk }
  | { kind: "not-understood" };

export type IntentOf<K extends Intent["kind"]> = Extract<Intent, { kind: K }>;
