import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../src/index.js";

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
});
