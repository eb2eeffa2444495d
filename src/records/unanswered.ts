import type { Reply } from "../types.js";
import type { GapKind } from "./record.js";

/** Why a reply leaves its question (partly) unanswered, or undefined when it answers it. */
export function gapKind(reply: Reply): GapKind | undefined {
  if (reply.kind === "fallback" || reply.kind === "clarify") return reply.kind;
  if (reply.kind === "answer" && reply.uncovered?.length) return "not-covered";
  return undefined;
}
