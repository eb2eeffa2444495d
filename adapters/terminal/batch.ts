import { z } from "zod";
import type { Advisor, Reply } from "../../src/index.js";
import { bootAdvisor } from "../boot.js";
import { endQuietlyWhenOutputCloses } from "./closed-pipe.js";
import { MAX_LINE_BYTES, readLines } from "./lines.js";

const BatchLine = z.strictObject({
  conversation: z.string().min(1).max(200).optional(),
  text: z.string().max(10_000),
});

const TOO_LONG = `longer than ${MAX_LINE_BYTES} bytes; skipped without reading it`;

/** The stable machine interface: one JSON line out for every line in, in the same order. */
export function answerLine(advisor: Advisor, line: string, lineNumber: number): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ line: lineNumber, error: 'not valid JSON; expected {"conversation"?: string, "text": string}' });
  }
  const parsed = BatchLine.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "(the line)";
    return JSON.stringify({ line: lineNumber, error: `${field}: ${issue?.message ?? "invalid"}` });
  }
  const { conversation, text } = parsed.data;
  // A line without a conversation stands alone, so unrelated questions never share context by accident.
  const reply = advisor.ask({ text, conversationId: conversation ? `batch:${conversation}` : `batch:line:${lineNumber}` });
  return JSON.stringify(toOutput(conversation ?? null, text, reply));
}

function toOutput(conversation: string | null, question: string, reply: Reply) {
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

export async function runBatch(knowledge?: string): Promise<void> {
  endQuietlyWhenOutputCloses();
  const { advisor } = bootAdvisor(knowledge);
  let lineNumber = 0;
  for await (const line of readLines(process.stdin)) {
    lineNumber++;
    const out = "tooLong" in line ? JSON.stringify({ line: lineNumber, error: TOO_LONG }) : answerLine(advisor, line.text, lineNumber);
    process.stdout.write(out + "\n");
  }
}
