import { z } from "zod";
import type { Reply, SharedAdvisor } from "../../src/index.js";
import { bootLocalAdvisor } from "../boot.js";
import { endQuietlyWhenOutputCloses } from "./closed-pipe.js";
import { MAX_LINE_BYTES, readLines } from "./lines.js";
import { recordingIf } from "./record.js";

/** One question of the machine interface: a batch line, or the body of the HTTP API's POST /v1/ask. */
export const BatchLine = z.strictObject({
  conversation: z.string().min(1).max(200).optional(),
  text: z.string().max(10_000),
});

const TOO_LONG = `longer than ${MAX_LINE_BYTES} bytes; skipped without reading it`;

export const NOT_JSON = 'not valid JSON; expected {"conversation"?: string, "text": string}';

/** The question in a parsed line, or what is wrong with it, naming the field. */
export function readBatchLine(input: unknown): { ok: true; value: z.infer<typeof BatchLine> } | { ok: false; error: string } {
  const parsed = BatchLine.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "(the line)";
  return { ok: false, error: `${field}: ${issue?.message ?? "invalid"}` };
}

/** The stable machine interface: one JSON line out for every line in, in the same order. */
export async function answerLine(advisor: SharedAdvisor, line: string, lineNumber: number): Promise<string> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ line: lineNumber, error: NOT_JSON });
  }
  const read = readBatchLine(input);
  if (!read.ok) return JSON.stringify({ line: lineNumber, error: read.error });
  const { conversation, text } = read.value;
  // A line without a conversation stands alone, so unrelated questions never share context by accident.
  const reply = await advisor.ask({ text, conversationId: conversation ? `batch:${conversation}` : undefined });
  return JSON.stringify(toOutput(conversation ?? null, text, reply));
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

export async function runBatch(knowledge?: string, record?: boolean): Promise<void> {
  endQuietlyWhenOutputCloses();
  const { advisor: local, live } = await bootLocalAdvisor(knowledge);
  const advisor = recordingIf(record, local, live);
  let lineNumber = 0;
  for await (const line of readLines(process.stdin)) {
    lineNumber++;
    const out = "tooLong" in line ? JSON.stringify({ line: lineNumber, error: TOO_LONG }) : await answerLine(advisor, line.text, lineNumber);
    process.stdout.write(out + "\n");
  }
}
