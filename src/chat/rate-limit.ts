export type RateLimitOptions = {
  /** Questions a user may ask back to back. */
  burst: number;
  /** How long it takes to earn one more question once the burst is spent. */
  refillMs: number;
  now?: () => number;
};

export interface RateLimiter {
  /** True when `key` may ask now (and counts the question), false when it should slow down. */
  take(key: string): boolean;
}

/**
 * A token bucket per key. A Map iterates in insertion order and every call moves its key to the end, so the
 * least recently used buckets sit at the front; those idle long enough to have refilled completely are
 * dropped from there. Each call therefore costs O(1) amortised, however many users are active, and memory
 * holds only the buckets used within the last `burst × refillMs`.
 */
export function createRateLimiter({ burst, refillMs, now = () => Date.now() }: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const idleUntilFull = burst * refillMs;

  function forgetFull(time: number): void {
    for (const [key, bucket] of buckets) {
      if (time - bucket.at < idleUntilFull) return;
      buckets.delete(key);
    }
  }

  return {
    take(key) {
      const time = now();
      forgetFull(time);
      const bucket = buckets.get(key);
      const tokens = bucket ? Math.min(burst, bucket.tokens + (time - bucket.at) / refillMs) : burst;
      const allowed = tokens >= 1;
      buckets.delete(key);
      buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: time });
      return allowed;
    },
  };
}
