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

/** One click on a reply's feedback buttons; one line in `votes-YYYY-MM.jsonl`. */
export type VoteRecord = {
  time: string;
  replyId: string;
  channel: string;
  vote: Vote;
  /** The same person had voted the other way on this reply before; reports count that vote as withdrawn. */
  changed: boolean;
  kind: ReplyKind;
  topic: string | null;
  careers: string[];
  knowledge: string;
  /** The question's opening words: a vote may follow any reply, so what waits for it is kept short. */
  question: string;
  /** Of the whole question; absent from votes recorded before questions were kept as a digest. */
  digest?: string;
};

export type RecordStream = "questions" | "votes";

const GAP_KINDS: readonly string[] = ["fallback", "clarify", "not-covered"] satisfies GapKind[];
const VOTES: readonly string[] = ["helpful", "not-helpful"] satisfies Vote[];

type Fields = Record<string, unknown>;

// Hand-written checks rather than a schema: a report reads a year of lines and must stay fast.
function isCommon(value: unknown): value is Fields {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Fields;
  return (
    typeof v.time === "string" &&
    typeof v.replyId === "string" &&
    typeof v.channel === "string" &&
    (v.topic === null || typeof v.topic === "string") &&
    Array.isArray(v.careers) &&
    typeof v.knowledge === "string" &&
    typeof v.question === "string"
  );
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
