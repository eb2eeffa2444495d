import { createRequire } from "node:module";
import type { RateLimiterAbstract, RateLimiterMemory } from "rate-limiter-flexible";
import type { Admission, RateLimitWindow } from "./store.js";

// Loaded with the first limiter: the terminal commands never limit, and start sooner without it.
let library: typeof import("rate-limiter-flexible") | undefined;
const limiters = () => (library ??= createRequire(import.meta.url)("rate-limiter-flexible") as typeof import("rate-limiter-flexible"));

/** The limiter counts whole seconds; a window shorter than one would never expire. */
export function windowSeconds({ windowMs }: RateLimitWindow): number {
  return Math.max(1, Math.round(windowMs / 1000));
}

export function memoryLimiter(window: RateLimitWindow): RateLimiterMemory {
  return new (limiters().RateLimiterMemory)({ keyPrefix: window.name, points: window.points, duration: windowSeconds(window) });
}

/**
 * Counts one question for `key`. The count comes back from the same atomic increment that admits or refuses,
 * so exactly one refusal per window (the one that takes the count just past the limit) is the first, in
 * however many processes.
 */
export async function admit(limiter: RateLimiterAbstract, points: number, key: string): Promise<Admission> {
  try {
    const taken = await limiter.consume(key);
    return { allowed: true, remaining: taken.remainingPoints, resetInMs: taken.msBeforeNext };
  } catch (refusal) {
    if (!(refusal instanceof limiters().RateLimiterRes)) throw refusal;
    return { allowed: false, first: refusal.consumedPoints === points + 1, retryInMs: refusal.msBeforeNext };
  }
}
