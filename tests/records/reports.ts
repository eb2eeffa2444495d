import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GapKind, QuestionRecord, Vote, VoteRecord } from "../../src/index.js";

export function question(text: string, time: string, kind: GapKind = "fallback", understood: { topic?: string; careers?: string[] } = {}): QuestionRecord {
  return { time, replyId: `q:${text}:${time}`, channel: "slack", kind, topic: understood.topic ?? null, careers: understood.careers ?? [], knowledge: "v1", question: text };
}

export function vote(replyId: string, vote: Vote, changed: boolean, about: { question: string; topic: string | null; careers: string[] }, time = "2026-11-02T10:00:00.000Z"): VoteRecord {
  return { time, replyId, channel: "discord", vote, changed, kind: "answer", knowledge: "v1", ...about };
}

/** Writes records to their month files, as the journal would. */
export function writeRecords(dir: string, stream: "questions" | "votes", records: readonly { time: string }[]): void {
  const byMonth = new Map<string, string[]>();
  for (const record of records) {
    const file = `${stream}-${record.time.slice(0, 7)}.jsonl`;
    byMonth.set(file, [...(byMonth.get(file) ?? []), JSON.stringify(record)]);
  }
  for (const [file, lines] of byMonth) writeFileSync(join(dir, file), lines.join("\n") + "\n");
}
