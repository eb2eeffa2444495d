import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdvisor, createRecorder, createVoteBook, type Store } from "../../src/index.js";
import { createEmbeddedStore, openRedisStore } from "../../src/store/index.js";
import { recordingChannel, shippedKnowledge } from "../helpers.js";
import { recordingLogger } from "../store/logger.js";
import { HAVE_REDIS, startRedis } from "../store/redis-server.js";
import { linesIn, scratchDir, testJournal } from "./scratch.js";

const VOTE_WINDOW_MS = 60_000;

/** One process: its own journal, its own vote book, over a store that may be shared with others. */
function processOn(store: Store, dir = scratchDir()) {
  const { journal } = testJournal(dir);
  const recorder = createRecorder({ journal, replies: store.replies, knowledgeVersion: () => "v1" });
  const book = createVoteBook({ journal, store });
  const voteLines = () => linesIn(dir).filter((line) => "vote" in line);
  return { dir, recorder, book, voteLines };
}

async function setUp(now = { ms: Date.parse("2026-11-30T12:00:00Z") }) {
  const store = createEmbeddedStore({ logger: recordingLogger(), now: () => now.ms, replyTtlMs: VOTE_WINDOW_MS });
  const one = processOn(store);
  const advisor = recordingChannel(createAdvisor(shippedKnowledge()), "discord", one.recorder);
  const answer = await advisor.ask({ text: "how much do health information technicians make?", conversationId: "c" });
  return { ...one, store, advisor, answer, now };
}

describe("the vote book", () => {
  it("records a vote with the question and the answer's topic and careers, never the voter", async () => {
    const { dir, book, answer, voteLines } = await setUp();
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
    const { book, answer, voteLines } = await setUp();
    expect(await book.vote(answer.id, "slack:U1", "helpful")).toBe("recorded");
    expect(await book.vote(answer.id, "slack:U1", "helpful")).toBe("unchanged");
    expect(voteLines()).toHaveLength(1);
  });

  it("changes the vote on a click the other way, and says that it changed", async () => {
    const { book, answer, voteLines } = await setUp();
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
    const { book, advisor, answer } = await setUp();
    const other = await advisor.ask({ text: "what education do health information technicians need?", conversationId: "d" });
    expect(await book.vote(answer.id, "slack:U1", "helpful")).toBe("recorded");
    expect(await book.vote(answer.id, "slack:U2", "helpful")).toBe("recorded");
    expect(await book.vote(other.id, "slack:U1", "helpful")).toBe("recorded");
  });

  it("turns away a vote on a reply it does not know or no longer remembers", async () => {
    const { book, answer, voteLines, now } = await setUp();
    expect(await book.vote("made-up-id", "slack:U1", "helpful")).toBe("unknown-reply");
    now.ms += VOTE_WINDOW_MS + 1;
    expect(await book.vote(answer.id, "slack:U1", "helpful")).toBe("unknown-reply");
    expect(voteLines()).toEqual([]);
  });

  it("stores who voted only as a digest of reply and person", async () => {
    const dir = scratchDir();
    const store = createEmbeddedStore({ logger: recordingLogger(), dataDir: dir });
    const { recorder, book } = processOn(store, scratchDir());
    await recorder.afterReply("slack", { text: "hello" }, { kind: "smalltalk", text: "Hi!", sources: [], suggestions: [] }, "r1");
    expect(await book.vote("r1", "slack:U0SECRET42", "helpful")).toBe("recorded");
    await store.close();
    const kept = readdirSync(join(dir, "state")).map((name) => readFileSync(join(dir, "state", name), "utf8")).join("");
    expect(kept).toContain("r1");
    expect(kept).not.toContain("U0SECRET42");
  });
});

describe.skipIf(!HAVE_REDIS)("votes through a shared Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  const stores: Store[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await redis?.close();
  });

  it("count once per person and reply whichever process the clicks reach, and change on a click the other way", async () => {
    const prefix = `votes-${randomUUID()}`;
    const open = async () => {
      const store = await openRedisStore({ url: redis.url, prefix, logger: recordingLogger() });
      stores.push(store);
      return processOn(store);
    };
    const [first, second] = [await open(), await open()];
    const answer = await recordingChannel(createAdvisor(shippedKnowledge()), "slack", first.recorder).ask({ text: "how much do health information technicians make?", conversationId: "c" });

    expect(await second.book.vote(answer.id, "slack:U1", "helpful"), "the second process knows the first one's reply").toBe("recorded");
    expect(await first.book.vote(answer.id, "slack:U1", "helpful"), "the same click on the first process").toBe("unchanged");
    expect(await second.book.vote(answer.id, "slack:U1", "helpful")).toBe("unchanged");
    expect(await first.book.vote(answer.id, "slack:U1", "not-helpful")).toBe("changed");
    const lines = [...first.voteLines(), ...second.voteLines()];
    expect(lines.map(({ vote, changed, topic }) => [vote, changed, topic])).toEqual([
      ["not-helpful", true, "pay"],
      ["helpful", false, "pay"],
    ]);
  });
});
