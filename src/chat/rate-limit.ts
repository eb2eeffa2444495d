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

/** A token bucket per key; buckets that have refilled completely are forgotten, so memory stays bounded by active users. */
export function createRateLimiter({ burst, refillMs, now = Date.now }: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();

  function sweep(time: number): void {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.at) / refillMs >= burst) buckets.delete(key);
    }
  }

  return {
    take(key) {
      const time = now();
      if (buckets.size > 10_000) sweep(time);
      const bucket = buckets.get(key) ?? { tokens: burst, at: time };
      const tokens = Math.min(burst, bucket.tokens + (time - bucket.at) / refillMs);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: time });
        return false;
      }
      buckets.set(key, { tokens: tokens - 1, at: time });
      return true;
    },
  };
}
