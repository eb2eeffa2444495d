import type { Asked, Reply } from "../../src/index.js";
import { BatchLine, describeIssue, NOT_JSON, toOutput } from "../wire.js";
import { endQuietlyWhenOutputCloses } from "./closed-pipe.js";
import { MAX_LINE_BYTES, readLines } from "./lines.js";
import { openSession } from "./session.js";

const TOO_LONG = `longer than ${MAX_LINE_BYTES} bytes; skipped without reading it`;

/** The stable machine interface: one JSON line out for every line in, in the same order. */
export async function answerLine(ask: (question: Asked) => Promise<Reply>, line: string, lineNumber: number): Promise<string> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ line: lineNumber, error: NOT_JSON });
  }
  const read = BatchLine.safeParse(input);
  if (!read.success) return JSON.stringify({ line: lineNumber, error: describeIssue(read.error.issues, "(the line)") });
  const { conversation, text } = read.data;
  // A line without a conversation stands alone, so unrelated questions never share context by accident.
  const reply = await ask({ text, conversationId: conversation ? `batch:${conversation}` : undefined });
  return JSON.stringify(toOutput(conversation ?? null, text, reply));
}

export async function runBatch(knowledge?: string, record?: boolean): Promise<void> {
  endQuietlyWhenOutputCloses();
  const { ask } = await openSession(knowledge, record);
  let lineNumber = 0;
  for await (const line of readLines(process.stdin)) {
    lineNumber++;
    const out = "tooLong" in line ? JSON.stringify({ line: lineNumber, error: TOO_LONG }) : await answerLine(ask, line.text, lineNumber);
    process.stdout.write(out + "\n");
  }
}
