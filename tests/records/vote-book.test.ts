import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryStore, createRecorder, createVoteBook, withRecording, type Vote, type ReplySummary } from "../../src/index.js";
import { shippedAdvisor } from "../helpers.js";
import { linesIn, scratchDir, testJournal } from "./scratch.js";

function setUp(now = { ms: Date.parse("2026-11-30T12:00:00Z") }) {
  const dir = scratchDir();
  const { journal } = testJournal(dir);
  const replies = createMemoryStore<ReplySummary>({ maxEntries: 1_000, now: () => now.ms });
  const recorder = createRecorder({ journal, replies, replyTtlMs: 60_000, knowledgeVersion: () => "v1" });
  const votes = createMemoryStore<Vote>({ maxEntries: 1_000, now: () => now.ms });
  const book = createVoteBook({ journal, replies, votes, voteTtlMs: 60_000 });
  const advisor = withRecording(shippedAdvisor(), "discord", recorder);
  const answer = advisor.ask({ text: "how much do health information technicians make?", conversationId: "c" });
  const voteLines = () => linesIn(dir).filter((line) => "vote" in line);
  return { dir, book, advisor, answer, voteLines, now };
}

describe("the vote book", () => {
  it("records a vote with the question and the answer's topic and careers, never the voter", async () => {
    const { dir, book, answer, voteLines } = setUp();
    expect(await book.vote(answer.id, "discord:412345678901234567", "helpful")).toBe("recorded");
    expect(voteLines()).toEqual([
      expect.objectContaining({
        replyId: answer.id,
        channel: "discord",
        vote: "helpful",
        changed: false,
        kind: "answer",
        topic: "pay",
        careers: ["health-information-technician"],
        knowledge: "v1",
        question: "how much do health information technicians make?",
      }),
    ]);
    const files = readdirSync(dir).map((name) => readFileSync(join(dir, name), "utf8")).join("");
    expect(files).not.toContain("412345678901234567");
  });

  it("counts one vote per person and reply: the same click again records nothing", async () => {
    const { book, answer, voteLines } = setUp();
    expect(await book.vote(answer.id, "slack:U1", "helpful")).toBe("recorded");
    expect(await book.vote(answer.id, "slack:U1", "helpful")).toBe("unchanged");
    expect(voteLines()).toHaveLength(1);
  });

  it("changes the vote on a click the other way, and says that it changed", async () => {
    const { book, answer, voteLines } = setUp();
    await book.vote(answer.id, "slack:U1", "helpful");
    expect(await book.vote(answer.id, "slack:U1", "not-helpful")).toBe("changed");
    expect(await book.vote(answer.id, "slack:U1", "helpful")).toBe("changed");
    expect(voteLines().map(({ vote, changed }) => [vote, changed])).toEqual([
      ["helpful", false],
      ["not-helpful", true],
      ["helpful", true],
    ]);
  });

  it("keeps people and replies apart", async () => {
    const { book, advisor, answer } = setUp();
    const other = advisor.ask({ text: "what education do health information technicians need?", conversationId: "d" });
    expect(await book.vote(answer.id, "slack:U1", "helpful")).toBe("recorded");
    expect(await book.vote(answer.id, "slack:U2", "helpful")).toBe("recorded");
    expect(await book.vote(other.id, "slack:U1", "helpful")).toBe("recorded");
  });

  it("turns away a vote on a reply it does not know or no longer remembers", async () => {
    const { book, answer, voteLines, now } = setUp();
    expect(await book.vote("made-up-id", "slack:U1", "helpful")).toBe("unknown-reply");
    now.ms += 60_001;
    expect(await book.vote(answer.id, "slack:U1", "helpful")).toBe("unknown-reply");
    expect(voteLines()).toEqual([]);
  });
});

describe("the embedded expiring store", () => {
  it("returns what a swap replaced, forgets entries after their time, and keeps at most maxEntries", async () => {
    const now = { ms: 0 };
    const store = createMemoryStore<string>({ maxEntries: 2, now: () => now.ms });
    expect(await store.swap("a", "1", 100)).toBeUndefined();
    expect(await store.swap("a", "2", 100)).toBe("1");
    now.ms = 100;
    expect(await store.get("a")).toBeUndefined();
    expect(await store.swap("a", "3", 100)).toBeUndefined();
    await store.swap("b", "x", 100);
    await store.swap("c", "y", 100);
    expect([await store.get("a"), await store.get("b"), await store.get("c")]).toEqual([undefined, "x", "y"]);
  });
});
