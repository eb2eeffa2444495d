import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedStore, openRedisStore, type Store, type StoreOptions } from "../../src/store/index.js";
import { recordingLogger } from "./logger.js";
import { HAVE_REDIS, startRedis } from "./redis-server.js";

// The same behaviour from both stores: the front ends must not be able to tell which one they have.
const SHORT = { conversationTtlMs: 300, eventTtlMs: 300, replyTtlMs: 300 } satisfies Partial<StoreOptions>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
beforeAll(async () => {
  if (HAVE_REDIS) redis = await startRedis();
});
afterAll(async () => redis?.close());

const kinds = [
  { name: "embedded", open: async (options: Partial<StoreOptions> = {}) => createEmbeddedStore({ logger: recordingLogger(), ...options }) },
  {
    name: "redis",
    skip: !HAVE_REDIS,
    open: (options: Partial<StoreOptions> = {}) => openRedisStore({ url: redis!.url, prefix: `test-${randomUUID()}`, logger: recordingLogger(), ...options }),
  },
];

describe.each(kinds)("the $name store", ({ open, skip }) => {
  const stores: Store[] = [];
  const fresh = async (options?: Partial<StoreOptions>) => {
    const store = await open(options);
    stores.push(store);
    return store;
  };
  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  it.skipIf(skip)("keeps a conversation's state as JSON, forgets it on request and when it goes quiet", async () => {
    const store = await fresh(SHORT);
    const state = { careers: ["health-information-technician"], topic: "pay", together: false, options: [] };
    await store.conversations.set("c1", state);
    expect(await store.conversations.get("c1")).toEqual(state);
    expect(await store.conversations.get("c2")).toBeUndefined();
    await store.conversations.forget("c1");
    expect(await store.conversations.get("c1")).toBeUndefined();

    await store.conversations.set("c3", { n: 1 });
    await sleep(150);
    await store.conversations.set("c3", { n: 2 });
    await sleep(200);
    expect(await store.conversations.get("c3"), "each write starts the clock again").toEqual({ n: 2 });
    await sleep(200);
    expect(await store.conversations.get("c3")).toBeUndefined();
  });

  it.skipIf(skip)("hands out a copy, so changing what was stored or read changes nothing", async () => {
    const store = await fresh();
    const state = { careers: ["a"] };
    await store.conversations.set("c", state);
    state.careers.push("b");
    const read = (await store.conversations.get("c")) as { careers: string[] };
    read.careers.push("c");
    expect(await store.conversations.get("c")).toEqual({ careers: ["a"] });
  });

  it.skipIf(skip)("lets each event id be claimed once until the claim expires", async () => {
    const store = await fresh(SHORT);
    expect(await store.events.claim("Ev1")).toBe(true);
    expect(await store.events.claim("Ev1")).toBe(false);
    expect(await store.events.claim("Ev2")).toBe(true);
    await sleep(400);
    expect(await store.events.claim("Ev1")).toBe(true);
  });

  it.skipIf(skip)("hands a shared reply out once, and nothing for an unknown key", async () => {
    const store = await fresh();
    const reply = { kind: "answer", text: "Median $37,110 a year." };
    const key = await store.shares.put(reply);
    expect(key).toEqual(expect.any(String));
    expect(await store.shares.take("no-such-key")).toBeUndefined();
    expect(await store.shares.take(key!)).toEqual(reply);
    expect(await store.shares.take(key!)).toBeUndefined();
  });

  it.skipIf(skip)("keeps a reply's summary for any reader until it expires, and nothing for an unknown id", async () => {
    const store = await fresh(SHORT);
    const summary = { kind: "answer", topic: "pay", careers: ["health-information-technician"], question: "what do they earn" };
    expect(await store.replies.put("r1", summary)).toBe(true);
    expect(await store.replies.get("r1")).toEqual(summary);
    expect(await store.replies.get("r1"), "reading leaves it there for the next vote").toEqual(summary);
    expect(await store.replies.get("r2")).toBeUndefined();
    await sleep(400);
    expect(await store.replies.get("r1")).toBeUndefined();
  });

  it.skipIf(skip)("keeps reply summaries within its budget in bytes however many replies come", async () => {
    const store = await fresh({ maxReplyBytes: 20_000 });
    const summary = { question: "x".repeat(1_000) };
    for (let n = 0; n < 100; n++) await store.replies.put(`r${n}`, summary);
    const kept = (await Promise.all(Array.from({ length: 100 }, (_, n) => store.replies.get(`r${n}`)))).filter(Boolean);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(20);
  });

  it.skipIf(skip)("counts one vote per person and answer, reporting the vote a second click replaces", async () => {
    const store = await fresh();
    expect(await store.votes.cast("answer:1", "U1", "up")).toEqual({ recorded: true, previous: undefined });
    expect(await store.votes.cast("answer:1", "U1", "down")).toEqual({ recorded: true, previous: "up" });
    expect(await store.votes.cast("answer:1", "U1", "down")).toEqual({ recorded: true, previous: "down" });
    expect(await store.votes.cast("answer:1", "U2", "up")).toEqual({ recorded: true, previous: undefined });
    expect(await store.votes.cast("answer", "1:U1", "up"), "ids containing ':' do not collide").toEqual({ recorded: true, previous: undefined });
  });

  it.skipIf(skip)("limits each key per window and tells only the first refusal apart", async () => {
    const store = await fresh();
    const limiter = store.rateLimiter({ name: "questions", points: 3, windowMs: 1_000 });
    const other = store.rateLimiter({ name: "votes", points: 1, windowMs: 1_000 });
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push(await limiter.take("U1"));
    expect(seen.map((a) => (a.allowed ? "allowed" : a.first ? "first refusal" : "refused"))).toEqual([
      "allowed",
      "allowed",
      "allowed",
      "first refusal",
      "refused",
      "refused",
    ]);
    const refusal = seen[3]!;
    expect(!refusal.allowed && refusal.retryInMs).toBeGreaterThan(0);
    expect(!refusal.allowed && refusal.retryInMs).toBeLessThanOrEqual(1_000);
    expect(await limiter.take("U2"), "another person has their own count").toEqual({ allowed: true, remaining: 2, resetInMs: expect.any(Number) });
    expect(await other.take("U1"), "another limit has its own count").toEqual({ allowed: true, remaining: 0, resetInMs: expect.any(Number) });
    await sleep(1_050);
    expect(await limiter.take("U1"), "a new window starts afresh").toEqual({ allowed: true, remaining: 2, resetInMs: expect.any(Number) });
  });

  it.skipIf(skip)("reports itself healthy with no errors", async () => {
    const store = await fresh();
    await store.conversations.get("x");
    expect(store.health()).toMatchObject({ status: "ok", errors: {} });
  });
});

describe.skipIf(!HAVE_REDIS)("the redis store's keys", () => {
  it("all start with the prefix and expire by themselves", async () => {
    const prefix = `test-${randomUUID()}`;
    const store = await openRedisStore({ url: redis!.url, prefix, logger: recordingLogger() });
    await store.conversations.set("discord:1:2", { a: 1 });
    await store.events.claim("Ev1");
    await store.shares.put({ b: 2 });
    await store.replies.put("r1", { c: 3 });
    await store.votes.cast("m1", "U1", "up");
    await store.rateLimiter({ name: "questions", points: 5, windowMs: 30_000 }).take("U1");
    await store.close();

    const client = new Redis(redis!.url);
    const keys = await client.keys(`${prefix}:*`);
    expect(keys).toHaveLength(7);
    expect(keys).toEqual(
      expect.arrayContaining([
        `${prefix}:conversation:discord%3A1%3A2`,
        `${prefix}:event:Ev1`,
        expect.stringMatching(`^${prefix}:share:`),
        `${prefix}:reply:r1`,
        expect.stringMatching(`^${prefix}:reply-bytes:\\d+$`),
        `${prefix}:vote:m1:U1`,
        `${prefix}:limit:questions:U1`,
      ]),
    );
    for (const key of keys) expect(await client.pttl(key), key).toBeGreaterThan(0);
    await client.quit();
  });
});
