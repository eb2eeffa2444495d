import type { ReplyKind } from "../types.js";

// The two kinds of line kept under the data folder. Neither holds who asked or where: no user, name,
// channel or workspace id, and the question's e-mail addresses and phone numbers are masked.

/** Why a question counts as not answered: the reply fell back, asked back, or said the sources do not cover it. */
export type GapKind = "fallback" | "clarify" | "not-covered";

/** A question the advisor could not (fully) answer; one line in `questions-YYYY-MM.jsonl`. */
export type QuestionRecord = {
  /** ISO 8601, UTC. */
  time: string;
  replyId: string;
  /** The front end it came through: "discord", "slack", "http", "terminal". */
  channel: string;
  kind: GapKind;
  /** The topic and careers the advisor understood, where its reply says. */
  topic: string | null;
  careers: string[];
  /** `knowledge.version` of the knowledge that answered. */
  knowledge: string;
  question: string;
};

export type Vote = "helpful" | "not-helpful";

/**
 * What a vote on a reply is recorded with; kept for a while after the reply, never with who asked. Kept for every
 * reply, so it holds the question's opening words and a digest of the whole, not the question: a summary stays a few
 * hundred bytes however long the question.
 */
export type ReplySummary = {
  channel: string;
  kind: ReplyKind;
  topic: string | null;
  careers: string[];
  knowledge: string;
  /** The masked question, cut after `QUESTION_EXCERPT` characters. */
  question: string;
  /** Of the question as recorded, so reports tell apart long questions that begin alike. */
  digest: string;
};

/** One click on a reply's feedback buttons, with the summary of that reply; one line in `votes-YYYY-MM.jsonl`. */
export type VoteRecord = Omit<ReplySummary, "digest"> & {
  time: string;
  replyId: string;
  vote: Vote;
  /** The same person had voted the other way on this reply before; reports count that vote as withdrawn. */
  changed: boolean;
  /** Absent from votes recorded before questions were kept as a digest. */
  digest?: string;
};

export type RecordStream = "questions" | "votes";

const GAP_KINDS: readonly string[] = ["fallback", "clarify", "not-covered"] satisfies GapKind[];
const VOTES: readonly string[] = ["helpful", "not-helpful"] satisfies Vote[];

type Fields = Record<string, unknown>;

// Hand-written checks rather than a schema: a report reads a year of lines and must stay fast.
/** The fields every record shares with a reply's summary. */
export function hasReplyFields(value: unknown): value is Fields {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Fields;
  return (
    typeof v.channel === "string" &&
    (v.topic === null || typeof v.topic === "string") &&
    Array.isArray(v.careers) &&
    typeof v.knowledge === "string" &&
    typeof v.question === "string"
  );
}

function isCommon(value: unknown): value is Fields {
  return hasReplyFields(value) && typeof value.time === "string" && typeof value.replyId === "string";
}

export function isQuestionRecord(value: unknown): value is QuestionRecord {
  return isCommon(value) && GAP_KINDS.includes(value.kind as string);
}

export function isVoteRecord(value: unknown): value is VoteRecord {
  return isCommon(value) && VOTES.includes(value.vote as string) && typeof value.changed === "boolean" && typeof value.kind === "string";
}

/** Each stream's record, and the check a line must pass to be one. */
export type StreamRecord = { questions: QuestionRecord; votes: VoteRecord };
export const IS_RECORD = { questions: isQuestionRecord, votes: isVoteRecord } as const;
