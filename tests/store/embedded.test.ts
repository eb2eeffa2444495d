import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEmbeddedStore } from "../../src/store/index.js";
import { VOTE_FILE } from "../../src/store/vote-file.js";
import { recordingLogger } from "./logger.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "career-advisor-data-"));
  dirs.push(dir);
  return dir;
}

describe("the embedded store", () => {
  it("remembers votes across a restart, so nobody votes twice on one answer", async () => {
    const dir = dataDir();
    const before = createEmbeddedStore({ dataDir: dir, logger: recordingLogger() });
    await before.votes.cast("answer-1", "U1", "up");
    await before.votes.cast("answer-1", "U1", "down");
    await before.close();

    const after = createEmbeddedStore({ dataDir: dir, logger: recordingLogger() });
    expect(await after.votes.cast("answer-1", "U1", "up")).toEqual({ recorded: true, previous: "down" });
    expect(await after.votes.cast("answer-1", "U2", "up")).toEqual({ recorded: true, previous: undefined });
  });

  it("keeps only votes within their ttl, and reads past a line a crash cut short", async () => {
    const dir = dataDir();
    let time = 1_000_000;
    const now = () => time;
    const store = createEmbeddedStore({ dataDir: dir, logger: recordingLogger(), now, voteTtlMs: 60_000 });
    await store.votes.cast("old", "U1", "up");
    time += 30_000;
    await store.votes.cast("new", "U1", "down");
    await store.close();
    appendFileSync(join(dir, VOTE_FILE), '{"answer":"cut","per');

    time += 40_000;
    const logger = recordingLogger();
    const reopened = createEmbeddedStore({ dataDir: dir, logger, now, voteTtlMs: 60_000 });
    expect(logger.lines).toEqual([expect.stringMatching(/^warn skipped 1 unreadable line\(s\) in the vote file/)]);
    expect(await reopened.votes.cast("old", "U1", "down"), "expired").toEqual({ recorded: true, previous: undefined });
    expect(await reopened.votes.cast("new", "U1", "up")).toEqual({ recorded: true, previous: "down" });
  });

  it("loses no vote to a line a crash cut short: the torn piece goes, and a whole vote there keeps its place", async () => {
    const dir = dataDir();
    const store = createEmbeddedStore({ dataDir: dir, logger: recordingLogger() });
    await store.votes.cast("a", "U1", "up");
    await store.close();
    appendFileSync(join(dir, VOTE_FILE), '{"answer":"cut","per');

    const repaired = createEmbeddedStore({ dataDir: dir, logger: recordingLogger() });
    await repaired.votes.cast("b", "U1", "down");
    await repaired.close();
    // A vote written whole but for its newline.
    appendFileSync(join(dir, VOTE_FILE), JSON.stringify({ answer: "c", person: "U1", vote: "up", at: Date.now() }));

    const logger = recordingLogger();
    const reopened = createEmbeddedStore({ dataDir: dir, logger });
    expect(logger.lines).toEqual([]);
    expect(await reopened.votes.cast("b", "U1", "up"), "the vote appended after the torn line").toEqual({ recorded: true, previous: "down" });
    expect(await reopened.votes.cast("c", "U1", "down"), "the vote without its newline").toEqual({ recorded: true, previous: "up" });
    expect(await reopened.votes.cast("a", "U1", "down")).toEqual({ recorded: true, previous: "up" });
    await reopened.close();
    expect(readFileSync(join(dir, VOTE_FILE), "utf8").split("\n").slice(0, -1).map((line) => JSON.parse(line).answer)).toEqual(["a", "b", "c", "b", "c", "a"]);
  });

  it("holds reply summaries up to its limit in bytes, dropping the oldest", async () => {
    const store = createEmbeddedStore({ logger: recordingLogger(), maxReplyBytes: 10_000 });
    const summary = { question: "x".repeat(1_000) };
    for (let n = 0; n < 30; n++) await store.replies.put(`r${n}`, summary);
    const kept = await Promise.all(Array.from({ length: 30 }, (_, n) => store.replies.get(`r${n}`)));
    // Each summary takes a little over 1,000 bytes: nine fit.
    expect(kept.map((value) => value !== undefined)).toEqual([...Array(21).fill(false), ...Array(9).fill(true)]);
  });

  it("rewrites the vote file once superseded lines outnumber the live ones", async () => {
    const dir = dataDir();
    const store = createEmbeddedStore({ dataDir: dir, logger: recordingLogger() });
    for (let i = 0; i < 300; i++) await store.votes.cast("answer-1", "U1", i % 2 ? "up" : "down");
    await store.close();
    expect(readFileSync(join(dir, VOTE_FILE), "utf8").trim().split("\n")).toHaveLength(300);

    const reopened = createEmbeddedStore({ dataDir: dir, logger: recordingLogger() });
    expect(readFileSync(join(dir, VOTE_FILE), "utf8").trim().split("\n")).toHaveLength(1);
    expect(await reopened.votes.cast("answer-1", "U1", "down")).toEqual({ recorded: true, previous: "up" });
  });

  it("keeps answering when the vote file cannot be written, and says so once", async () => {
    const dir = dataDir();
    const logger = recordingLogger();
    const store = createEmbeddedStore({ dataDir: dir, logger });
    rmSync(join(dir, "state"), { recursive: true });
    writeFileSync(join(dir, "state"), "a file where the folder was");
    expect(await store.votes.cast("a", "U1", "up")).toEqual({ recorded: true, previous: undefined });
    expect(await store.votes.cast("a", "U1", "down")).toEqual({ recorded: true, previous: "up" });
    expect(store.health()).toMatchObject({ status: "degraded", errors: { "votes.write": 2 } });
    expect(logger.lines.filter((l) => l.startsWith("warn"))).toEqual([expect.stringMatching(/^warn cannot write the vote file under .*: votes still count/)]);
  });

  it("holds at most its limit of conversations and shares, dropping the least recently used", async () => {
    const store = createEmbeddedStore({ logger: recordingLogger(), maxConversations: 2, maxShares: 2 });
    await store.conversations.set("a", 1);
    await store.conversations.set("b", 2);
    await store.conversations.set("a", 3);
    await store.conversations.set("c", 4);
    expect(await Promise.all(["a", "b", "c"].map((id) => store.conversations.get(id)))).toEqual([3, undefined, 4]);

    const keys = await Promise.all([1, 2, 3].map((n) => store.shares.put(n)));
    expect(await Promise.all(keys.map((key) => store.shares.take(key!)))).toEqual([undefined, 2, 3]);
  });

  it("keeps votes in memory alone when it has no data folder", async () => {
    const store = createEmbeddedStore({ logger: recordingLogger() });
    await store.votes.cast("a", "U1", "up");
    expect(await store.votes.cast("a", "U1", "up")).toEqual({ recorded: true, previous: "up" });
    await store.close();
  });
});
