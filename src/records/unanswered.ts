import type { Reply } from "../types.js";
import type { GapKind } from "./record.js";

/**
 * How an answer says part of the question is beyond its sources. The reply carries no field for it yet,
 * so this reads the wording the composer uses; when `AnswerReply` gains one, this test is the one line
 * to change.
 */
const NOT_COVERED = /\bMy sources (?:don't cover|say nothing about)\b/;

/** Why a reply leaves its question (partly) unanswered, or undefined when it answers it. */
export function gapKind(reply: Reply): GapKind | undefined {
  if (reply.kind === "fallback" || reply.kind === "clarify") return reply.kind;
  if (reply.kind === "answer" && NOT_COVERED.test(reply.text)) return "not-covered";
  return undefined;
}
