/** What an adapter hands the advisor: the user's words, noise and all, and whose conversation it is. */
export type Question = {
  text: string;
  /** Opaque to the advisor, e.g. `discord:<channel>:<user>`; questions with the same id share context. */
  conversationId: string;
};

/** Where a statement comes from: one of the documents, or an agency, survey or reference they rely on. */
export type Citation = {
  id: string;
  title: string;
  kind: "document" | "agency" | "survey" | "reference";
  publisher?: string;
  /** The year (or period) the cited figures describe, where the source gives one. */
  year?: string;
};

export type ReplyKind = "answer" | "clarify" | "fallback" | "smalltalk";

type ReplyBase = {
  /** Plain text, no markup; paragraphs separated by a blank line. */
  text: string;
  /** A short heading adapters may show above the text. */
  title?: string;
  sources: Citation[];
  /** Follow-up questions, each worded so that asking it as-is works. */
  suggestions: string[];
};

export type AnswerReply = ReplyBase & {
  kind: "answer";
  careerIds: string[];
  topic: string;
  /** What the answer says its sources do not cover, when it answers only part of the question. */
  uncovered?: string[];
};

/** What a reply that is not an answer was about, where the advisor understood it. */
type Understood = { topic?: string; careerIds?: string[] };

/** The question could mean several things; `options` are questions that each pick one. */
export type ClarifyReply = ReplyBase & Understood & { kind: "clarify"; options: string[] };

/** Out of scope, unknown, or not in the sources: says so plainly and what can be asked instead. */
export type FallbackReply = ReplyBase & Understood & { kind: "fallback" };

export type SmalltalkReply = ReplyBase & { kind: "smalltalk" };

export type Reply = AnswerReply | ClarifyReply | FallbackReply | SmalltalkReply;

/** A question as a front end hands it over; one without a conversation stands alone, and costs the store nothing. */
export type Asked = { text: string; conversationId?: string };

/** The one seam between the advisor and every front end. */
export interface Advisor {
  /** Rejects only on a defect in the engine; a store that cannot be reached costs the question its context, not its answer. */
  ask(question: Asked): Promise<Reply>;
  /** Drops what the advisor remembers of one conversation. */
  forget(conversationId: string): Promise<void>;
}
