import { z } from "zod";
import type { Reply } from "../src/index.js";

// The machine interface: one question in and one reply out, as `batch` reads and prints lines and as the HTTP API
// takes and gives bodies.

export const BatchLine = z.strictObject({
  conversation: z.string().min(1).max(200).optional(),
  text: z.string().max(10_000),
});

export const NOT_JSON = 'not valid JSON; expected {"conversation"?: string, "text": string}';

/** The question in a parsed line, or what is wrong with it, naming the field. */
export function readBatchLine(input: unknown): { ok: true; value: z.infer<typeof BatchLine> } | { ok: false; error: string } {
  const parsed = BatchLine.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "(the line)";
  return { ok: false, error: `${field}: ${issue?.message ?? "invalid"}` };
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
