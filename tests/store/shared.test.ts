import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRedisStore, type Store } from "../../src/store/index.js";
import { recordingLogger } from "./logger.js";
import { HAVE_REDIS, startRedis } from "./redis-server.js";

// Two stores on one Redis stand for two processes: whatever one does, the other sees, and races between
// them are settled by Redis, not by luck.
describe.skipIf(!HAVE_REDIS)("two stores sharing one Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    redis = await startRedis();
    const prefix = `shared-${randomUUID()}`;
    a = await openRedisStore({ url: redis.url, prefix, logger: recordingLogger() });
    b = await openRedisStore({ url: redis.url, prefix, logger: recordingLogger() });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.close();
  });

  it("keep a conversation going whichever of them answers", async () => {
    await a.conversations.set("slack:C1:T1", { careers: ["health-information-technician"], topic: "overview" });
    expect(await b.conversations.get("slack:C1:T1")).toEqual({ careers: ["health-information-technician"], topic: "overview" });
    await b.conversations.set("slack:C1:T1", { careers: ["health-information-technician"], topic: "pay" });
    expect(await a.conversations.get("slack:C1:T1")).toMatchObject({ topic: "pay" });
    await a.conversations.forget("slack:C1:T1");
    expect(await b.conversations.get("slack:C1:T1")).toBeUndefined();
  });

  it("let an event delivered to both at once through exactly once", async () => {
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).events.claim("Ev-retried")));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("hold a person to one rate limit, telling them once", async () => {
    const window = { name: "questions", points: 5, windowMs: 30_000 };
    const limiters = [a.rateLimiter(window), b.rateLimiter(window)];
    const admissions = await Promise.all(Array.from({ length: 12 }, (_, i) => limiters[i % 2]!.take("U-burst")));
    expect(admissions.filter((x) => x.allowed)).toHaveLength(5);
    expect(admissions.filter((x) => !x.allowed && x.first)).toHaveLength(1);
    expect(admissions.filter((x) => !x.allowed && !x.first)).toHaveLength(6);
  });

  it("hand a shared reply out once, whichever of them the clicks reach", async () => {
    const key = (await a.shares.put({ text: "an answer" }))!;
    const taken = await Promise.all([a, b, a, b].map((store) => store.shares.take(key)));
    expect(taken.filter((x) => x !== undefined)).toEqual([{ text: "an answer" }]);
  });

  it("count a person's vote once, a change made on the other reporting the vote it replaces", async () => {
    expect(await a.votes.cast("answer-7", "U1", "up")).toEqual({ recorded: true, previous: undefined });
    expect(await b.votes.cast("answer-7", "U1", "down")).toEqual({ recorded: true, previous: "up" });
    const clicks = await Promise.all([a, b, a, b].map((store) => store.votes.cast("answer-8", "U2", "up")));
    expect(clicks.filter((x) => x.recorded && x.previous === undefined), "one first vote among simultaneous clicks").toHaveLength(1);
  });

  it("stay apart from another advisor under another prefix", async () => {
    const other = await openRedisStore({ url: redis.url, prefix: `other-${randomUUID()}`, logger: recordingLogger() });
    await a.conversations.set("c", { mine: true });
    expect(await other.conversations.get("c")).toBeUndefined();
    expect(await other.events.claim("Ev-retried")).toBe(true);
    await other.close();
  });
});
