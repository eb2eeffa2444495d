import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerStoreMetrics } from "../../adapters/runtime/store-metrics.js";
import { openRedisStore, type Store } from "../../src/store/index.js";
import { recordingLogger } from "./logger.js";
import { HAVE_REDIS, startRedis } from "./redis-server.js";
import { startSilentProxy } from "./silent-proxy.js";

// The bound a question may wait on the store, over all its calls, is a second; each call must stay well under it.
const BOUND_MS = 1_000;

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work;
  return { value, ms: performance.now() - start };
}

async function until(condition: () => boolean, what: string, ms = 8_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One call of every kind, as a question, a retried event, a share click and a vote would make them. */
async function everyCall(store: Store) {
  const limiter = store.rateLimiter({ name: "questions", points: 5, windowMs: 30_000 });
  return Promise.all([
    timed(store.conversations.get("c1")),
    timed(store.conversations.set("c1", { topic: "pay" })),
    timed(store.events.claim(`Ev-${randomUUID()}`)),
    timed(limiter.take("U1")),
    timed(store.shares.put({ text: "x" })),
    timed(store.shares.take("k")),
    timed(store.votes.cast("a1", "U1", "up")),
    timed(store.replies.put("r1", { kind: "answer" })),
    timed(store.replies.get("r1")),
  ]);
}

describe.skipIf(!HAVE_REDIS)("a Redis store when Redis goes away", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.close());

  it("keeps answering within the bound while Redis is stopped, says so once, and recovers by itself", async () => {
    const logger = recordingLogger();
    const store = await openRedisStore({ url: redis.url, prefix: `outage-${randomUUID()}`, logger, probeMs: 100 });
    const registry = new Registry();
    registerStoreMetrics(registry, store);
    await store.conversations.set("c1", { topic: "overview" });
    expect(await store.conversations.get("c1")).toEqual({ topic: "overview" });

    await redis.stop();
    for (let round = 0; round < 3; round++) {
      const calls = await everyCall(store);
      for (const call of calls) expect(call.ms).toBeLessThan(BOUND_MS);
      const [get, , claim, admission, put, take, vote, kept, summary] = calls.map((c) => c.value);
      expect(get, "a follow-up starts a fresh conversation").toBeUndefined();
      expect(claim, "an event is let through").toBe(true);
      expect(admission, "this process's own count still applies").toEqual({ allowed: true, remaining: expect.any(Number), resetInMs: expect.any(Number) });
      expect(put, "no key, so no share button").toBeUndefined();
      expect(take).toBeUndefined();
      expect(vote, "a vote is refused rather than counted twice later").toEqual({ recorded: false });
      expect(kept, "a reply's summary is not kept, so no vote can find it").toBe(false);
      expect(summary).toBeUndefined();
    }
    expect(store.health().status).toBe("degraded");
    // Whether a call or the connection notices first is a race; either is counted.
    expect(Object.values(store.health().errors).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
    expect(await registry.getSingleMetricAsString("career_advisor_store_up")).toMatch(/career_advisor_store_up 0$/m);
    expect(await registry.getSingleMetricAsString("career_advisor_store_errors_total")).toMatch(/operation="[\w.]+"} [1-9]/);

    await redis.start();
    await until(() => store.health().status === "ok", "the store reports ok again");
    await store.conversations.set("c1", { topic: "pay" });
    expect(await store.conversations.get("c1")).toEqual({ topic: "pay" });
    expect(await store.events.claim("Ev-after")).toBe(true);
    expect(await store.events.claim("Ev-after")).toBe(false);
    expect(await registry.getSingleMetricAsString("career_advisor_store_up")).toMatch(/career_advisor_store_up 1$/m);

    expect(logger.lines.filter((l) => l.startsWith("warn")), "the outage is logged once").toHaveLength(1);
    expect(logger.lines.filter((l) => l.startsWith("info")), "and its end once").toHaveLength(1);
    expect(logger.lines.join("\n")).toMatch(/unreachable[\s\S]*reachable again/);
    await store.close();
  });

  it("stops waiting on a Redis that hangs, and comes back when it answers again", async () => {
    const logger = recordingLogger();
    const store = await openRedisStore({ url: redis.url, prefix: `hang-${randomUUID()}`, logger, probeMs: 100 });
    await store.conversations.set("c1", { topic: "overview" });

    redis.pause();
    try {
      const first = await timed(store.conversations.get("c1"));
      expect(first.value).toBeUndefined();
      expect(first.ms).toBeLessThan(BOUND_MS);
      expect(store.health().status).toBe("degraded");
      const calls = await everyCall(store);
      for (const call of calls) expect(call.ms, "a degraded store does not wait out the timeout again").toBeLessThan(BOUND_MS / 4);
      // Long enough for the probes to give up on the silent connection and open another.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await store.conversations.get("c1")).toBeUndefined();
    } finally {
      redis.resume();
    }
    await until(() => store.health().status === "ok", "the store reports ok again");
    expect(await store.conversations.get("c1")).toEqual({ topic: "overview" });
    expect(logger.lines.filter((l) => l.startsWith("warn"))).toHaveLength(1);
    await store.close();
  });

  it("gives up on a connection that went silent and opens another", async () => {
    const proxy = await startSilentProxy(redis.url);
    const logger = recordingLogger();
    const store = await openRedisStore({ url: proxy.url, prefix: `silent-${randomUUID()}`, logger, probeMs: 100 });
    try {
      await store.conversations.set("c1", { topic: "overview" });
      proxy.silenceOpenConnections();
      const first = await timed(store.conversations.get("c1"));
      expect(first.value).toBeUndefined();
      expect(first.ms).toBeLessThan(BOUND_MS);
      await until(() => store.health().status === "ok", "the store reconnects through a fresh connection");
      expect(await store.conversations.get("c1")).toEqual({ topic: "overview" });
      expect(logger.lines.filter((l) => l.startsWith("warn"))).toHaveLength(1);
    } finally {
      await store.close();
      await proxy.close();
    }
  });

  it("starts degraded when Redis is not there yet, and connects when it comes", async () => {
    await redis.stop();
    const logger = recordingLogger();
    const opening = await timed(openRedisStore({ url: redis.url, prefix: `late-${randomUUID()}`, logger, probeMs: 100 }));
    const store = opening.value;
    expect(opening.ms).toBeLessThan(2 * BOUND_MS);
    expect(store.health().status).toBe("degraded");
    expect(await store.events.claim("Ev1")).toBe(true);

    await redis.start();
    await until(() => store.health().status === "ok", "the store connects");
    expect(await store.events.claim("Ev2")).toBe(true);
    expect(await store.events.claim("Ev2")).toBe(false);
    expect(logger.lines.filter((l) => l.startsWith("warn"))).toHaveLength(1);
    await store.close();
  });
});
