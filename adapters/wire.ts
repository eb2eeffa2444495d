import { z } from "zod";
import type { Reply } from "../src/index.js";

// The machine interface: one question in and one reply out, as `batch` reads and prints lines and as the HTTP API
// takes and gives bodies.

export const BatchLine = z.strictObject({
  conversation: z.string().min(1).max(200).optional(),
  text: z.string().max(10_000),
});

export const NOT_JSON = 'not valid JSON; expected {"conversation"?: string, "text": string}';

/** The first problem zod found, naming its field, or `whole` (what was read) when the problem is with no one field. */
export function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[], whole?: string): string {
  const issue = issues[0];
  const field = issue?.path.join(".") || whole;
  const message = issue?.message ?? "invalid";
  return field ? `${field}: ${message}` : message;
}

/** The reply object both interfaces print. */
export function toOutput(conversation: string | null, question: string, reply: Reply) {
  return {
    conversation,
    question,
    kind: reply.kind,
    text: reply.text,
    title: reply.title ?? null,
    sources: reply.sources.map(({ id, title }) => ({ id, title })),
    suggestions: reply.suggestions,
    options: reply.kind === "clarify" ? reply.options : [],
  };
}
