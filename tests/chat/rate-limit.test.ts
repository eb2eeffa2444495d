import { afterEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "../../src/index.js";

// Every step of a walk over a Map, whoever walks it: the limiter's only way to visit buckets it was not asked about.
const mapIterator = Object.getPrototypeOf(new Map<string, number>()[Symbol.iterator]()) as { next(): unknown };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createRateLimiter", () => {
  it("allows a burst, then one question per refill period, per key", () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 3, refillMs: 1_000, now: () => now });
    expect([1, 2, 3, 4].map(() => limiter.take("ann"))).toEqual([true, true, true, false]);
    expect(limiter.take("bob")).toBe(true);
    now = 999;
    expect(limiter.take("ann")).toBe(false);
    now = 1_999;
    expect(limiter.take("ann")).toBe(true);
    expect(limiter.take("ann")).toBe(false);
  });

  it("forgets a user only once their bucket is full again, so a refusal is never lost to forgetting", () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 2, refillMs: 1_000, now: () => now });
    expect([limiter.take("ann"), limiter.take("ann"), limiter.take("ann")]).toEqual([true, true, false]);
    now = 1_500;
    // Bob's call sweeps the front of the list; Ann has earned 1.5 questions, not a full bucket, so she is kept.
    limiter.take("bob");
    expect([limiter.take("ann"), limiter.take("ann")]).toEqual([true, false]);
  });

  it("does a bounded amount of work per call with 20,000 active users", () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 5, refillMs: 12_000, now: () => now });
    for (let user = 0; user < 20_000; user++) limiter.take(`user-${user}`);

    const steps = vi.spyOn(mapIterator, "next");
    const calls = 5_000;
    for (let call = 0; call < calls; call++) {
      now += 1;
      limiter.take(`user-${call % 20_000}`);
    }
    // One look at the front bucket per call, plus each forgotten bucket once: nowhere near 20,000 per call.
    expect(steps.mock.calls.length / calls).toBeLessThanOrEqual(2);

    // Once everyone has been idle long enough to be full again, one call forgets them all, and later calls are O(1).
    now += 5 * 12_000;
    steps.mockClear();
    limiter.take("late");
    expect(steps.mock.calls.length).toBeLessThanOrEqual(20_002);
    steps.mockClear();
    for (let call = 0; call < 100; call++) limiter.take(`other-${call}`);
    expect(steps.mock.calls.length).toBeLessThanOrEqual(200);
  });
});
