import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type QuestionRecord } from "../../src/index.js";
import { readRecords } from "../../src/reports.js";
import { linesIn, scratchDir, testJournal } from "./scratch.js";

const NOV = () => new Date("2026-11-30T12:00:00Z");

function record(question: string, time = "2026-11-30T12:00:00.000Z"): QuestionRecord {
  return { time, replyId: `r-${question}`, channel: "slack", kind: "fallback", topic: null, careers: [], knowledge: "abc123", question };
}

describe("the journal", () => {
  it("appends one JSON line per record to this month's file of its stream", async () => {
    const dir = scratchDir();
    const { journal } = testJournal(dir, { now: NOV });
    await journal.append("questions", record("one"));
    await journal.append("questions", record("two"));
    await journal.append("votes", { vote: "helpful" });
    expect(readdirSync(dir).sort()).toEqual(["questions-2026-11.jsonl", "votes-2026-11.jsonl"]);
    expect(readFileSync(join(dir, "questions-2026-11.jsonl"), "utf8").split("\n")).toEqual([
      JSON.stringify(record("one")),
      JSON.stringify(record("two")),
      "",
    ]);
  });

  it("rotates by month", async () => {
    const dir = scratchDir();
    let now = new Date("2026-10-31T23:59:59Z");
    const { journal } = testJournal(dir, { now: () => now });
    await journal.append("questions", record("october"));
    now = new Date("2026-11-01T00:00:01Z");
    await journal.append("questions", record("november"));
    expect(readdirSync(dir).sort()).toEqual(["questions-2026-10.jsonl", "questions-2026-11.jsonl"]);
  });

  it("after a write cut off mid-line, readers skip and report the torn line, and the next record starts a fresh line", async () => {
    const dir = scratchDir();
    const file = join(dir, "questions-2026-11.jsonl");
    // What a process killed in the middle of its write leaves: a whole line, then part of one.
    writeFileSync(file, JSON.stringify(record("before")) + "\n" + JSON.stringify(record("cut off")).slice(0, 40));

    const torn = readRecords(dir, "questions");
    expect(torn.records.map((r) => r.question)).toEqual(["before"]);
    expect(torn.skipped).toEqual([{ file: "questions-2026-11.jsonl", line: 2, torn: true }]);

    const { journal } = testJournal(dir, { now: NOV });
    await journal.append("questions", record("after"));
    await journal.append("questions", record("later"));
    const read = readRecords(dir, "questions");
    expect(read.records.map((r) => r.question)).toEqual(["before", "after", "later"]);
    expect(read.skipped).toEqual([{ file: "questions-2026-11.jsonl", line: 2, torn: false }]);
  });

  it("starts a fresh line after a tear left by another process sharing the folder", async () => {
    const dir = scratchDir();
    const { journal } = testJournal(dir, { now: NOV });
    await journal.append("questions", record("mine"));
    appendFileSync(join(dir, "questions-2026-11.jsonl"), '{"time":"2026-11-30T1');
    await journal.append("questions", record("next"));
    expect(readRecords(dir, "questions").records.map((r) => r.question)).toEqual(["mine", "next"]);
  });

  it("logs an unwritable folder once, however many records fail, and says when writing works again", async () => {
    const parent = scratchDir();
    const blocker = join(parent, "not-a-folder");
    writeFileSync(blocker, "a file where the data folder should be");
    const dir = join(blocker, "data");
    const { journal, logged } = testJournal(dir, { now: NOV });
    for (let i = 0; i < 5; i++) await expect(journal.append("questions", record(`q${i}`))).resolves.toBeUndefined();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^error cannot write records to .*not-a-folder\/data; answering goes on without them: .*ENOTDIR/);
  });

  it("recovers once the folder can be written", async () => {
    const parent = scratchDir();
    const dir = join(parent, "data");
    writeFileSync(dir, "in the way");
    const { journal, logged } = testJournal(dir, { now: NOV });
    await journal.append("questions", record("lost"));
    await journal.append("questions", record("lost too"));
    rmSync(dir);
    await journal.append("questions", record("kept"));
    expect(logged.map((l) => l.split(" ")[0])).toEqual(["error", "info"]);
    expect(linesIn(dir).map((r) => r.question)).toEqual(["kept"]);
  });
});

describe("retention", () => {
  it("deletes month files whose last day is older than DATA_RETENTION_DAYS, and nothing else", async () => {
    const dir = scratchDir();
    const names = ["questions-2026-04.jsonl", "votes-2026-05.jsonl", "questions-2026-06.jsonl", "votes-2026-11.jsonl", "notes.txt"];
    for (const name of names) writeFileSync(join(dir, name), "");
    // 180 days before 2026-11-30 is 2026-06-03: May ended before it, June did not.
    const { journal, logged } = testJournal(dir, { now: NOV, retentionDays: 180 });
    await journal.append("questions", record("today"));
    expect(readdirSync(dir).sort()).toEqual(["notes.txt", "questions-2026-06.jsonl", "questions-2026-11.jsonl", "votes-2026-11.jsonl"]);
    expect(logged.filter((l) => l.startsWith("info deleted"))).toHaveLength(2);
  });

  it("checks again when the day changes, not on every record", async () => {
    const dir = scratchDir();
    let now = new Date("2026-11-30T12:00:00Z");
    const { journal } = testJournal(dir, { now: () => now, retentionDays: 30 });
    await journal.append("questions", record("today"));
    writeFileSync(join(dir, "questions-2026-09.jsonl"), "");
    await journal.append("questions", record("same day"));
    expect(existsSync(join(dir, "questions-2026-09.jsonl"))).toBe(true);
    now = new Date("2026-12-01T00:00:01Z");
    await journal.append("questions", record("tomorrow"));
    expect(existsSync(join(dir, "questions-2026-09.jsonl"))).toBe(false);
  });
});
