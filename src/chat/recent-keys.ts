export type RecentKeysOptions = {
  /** How long a key is remembered after it was first seen. */
  ttlMs: number;
  /** A ceiling on memory whatever the traffic: past it, the oldest keys are forgotten early. */
  maxKeys?: number;
  now?: () => number;
};

export interface RecentKeys {
  /** True when `key` has not been seen within the last `ttlMs` (and remembers it from now), false while it is remembered. */
  firstSeen(key: string): boolean;
}

/**
 * Keys remembered for a while: event ids already answered, people already told to slow down. A key is stored
 * once, when first seen, so the Map's insertion order is also the order of expiry and each call only looks
 * at the oldest entries: O(1) amortised per call.
 */
export function createRecentKeys({ ttlMs, maxKeys = Number.POSITIVE_INFINITY, now = () => Date.now() }: RecentKeysOptions): RecentKeys {
  const seenAt = new Map<string, number>();
  return {
    firstSeen(key) {
      const time = now();
      for (const [oldest, at] of seenAt) {
        if (time - at < ttlMs && seenAt.size < maxKeys) break;
        seenAt.delete(oldest);
      }
      if (seenAt.has(key)) return false;
      seenAt.set(key, time);
      return true;
    },
  };
}
