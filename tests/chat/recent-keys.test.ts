import { afterEach, describe, expect, it, vi } from "vitest";
import { createRecentKeys } from "../../src/index.js";

const mapIterator = Object.getPrototypeOf(new Map<string, number>()[Symbol.iterator]()) as { next(): unknown };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createRecentKeys", () => {
  it("says a key is new once, until its time is up", () => {
    let now = 0;
    const keys = createRecentKeys({ ttlMs: 10 * 60_000, now: () => now });
    expect(keys.firstSeen("Ev1")).toBe(true);
    now = 6 * 60_000;
    expect(keys.firstSeen("Ev1")).toBe(false);
    expect(keys.firstSeen("Ev2")).toBe(true);
    now = 10 * 60_000;
    expect(keys.firstSeen("Ev1")).toBe(true);
    expect(keys.firstSeen("Ev2")).toBe(false);
  });

  it("forgets the oldest keys early rather than grow past its ceiling", () => {
    const keys = createRecentKeys({ ttlMs: 60_000, maxKeys: 3, now: () => 0 });
    for (const key of ["a", "b", "c", "d"]) expect(keys.firstSeen(key)).toBe(true);
    expect(keys.firstSeen("a")).toBe(true);
    expect(keys.firstSeen("d")).toBe(false);
  });

  it("does a bounded amount of work per call with 100,000 keys remembered", () => {
    let now = 0;
    const keys = createRecentKeys({ ttlMs: 1_000_000, now: () => now });
    for (let key = 0; key < 100_000; key++) keys.firstSeen(`Ev${key}`);
    const steps = vi.spyOn(mapIterator, "next");
    for (let key = 0; key < 1_000; key++) {
      now += 1;
      keys.firstSeen(`Ev${key * 7}`);
    }
    expect(steps.mock.calls.length).toBeLessThanOrEqual(2 * 1_000);
  });
});
