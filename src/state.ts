import type { PlanQuestionId } from "./knowledge/plan-questions.js";
import type { Background, Topic } from "./knowledge/schema.js";

/** A pay figure of one career, by its position in the career's pay list. */
export type PayScope = { careerId: string; figure: number };

export type SourcesFocus = "all" | "survey";

/** What happened last in a conversation: the one thing the next question may lean on. */
export type Last =
  /** An answer; `together` when it covered all the careers at once, so "they" means all of them. */
  | { kind: "answer"; together: boolean; scopes: PayScope[] }
  | { kind: "compare" }
  /** A question back listing careers in order, so "the second one" can pick. */
  | { kind: "which-career"; options: string[] }
  | { kind: "which-comparison" }
  /** A "did you mean" that a plain "yes" accepts. */
  | { kind: "did-you-mean"; careers: string[] }
  | { kind: "sources"; focus: SourcesFocus }
  | { kind: "glossary" }
  /** A guided plan: the question it asked, or none once the plan was given. */
  | { kind: "plan"; asking?: PlanQuestionId };

/** The guided plan's answers so far: an option id for each question answered. */
export type PlanAnswers = Partial<Record<PlanQuestionId, string>> & {
  /** The fields of study they have named, as careers' schooling names them: what their schooling is in. */
  subjects?: string[];
};

/**
 * Something a follow-up points at: what a reply offered, by its place in the list ("the second one", "the
 * last"), a way into a career by its description ("the two-year route"), or a thing of a type the last
 * reply held ("that figure").
 */
export type Referent =
  | { kind: "career"; id: string }
  | { kind: "term"; id: string }
  | { kind: "route"; id: string; by: "education" | Background }
  /** A pay figure, as `<career id>#<its place in the career's pay list>`. */
  | { kind: "figure"; id: string }
  | { kind: "source"; id: string };

/**
 * What one conversation has established so far. A plain JSON value, so a store shared by several
 * processes can hold it; the engine keeps no memory of its own.
 */
export type ConversationState = {
  /** Careers discussed, most recent first. */
  careers: string[];
  topic?: Topic;
  last: Last;
  /** Acronyms the last reply used, so "what does it stand for?" can be answered. */
  terms: string[];
  /** The last list a reply offered, in its order: kept until a reply offers another. */
  offered?: Referent[];
  /** What the last reply that held any put in front of the asker, by type, so "that figure" can be found. */
  referents?: Referent[];
  /** The asker's background, once they have told it. */
  background?: Background;
  /** The guided plan's answers, kept so a later answer or correction recomputes the plan. */
  plan?: PlanAnswers;
};
