/**
 * Short-lived state the records need between a reply and a click on it (what the reply was about, who
 * voted how). Asynchronous so a shared store (Redis: `SET key value PX ttl GET`) can stand behind it.
 */
export interface ExpiringStore<T> {
  get(key: string): Promise<T | undefined>;
  /** Stores `value` under `key` for `ttlMs` and resolves to the live value it replaced, if any. */
  swap(key: string, value: T, ttlMs: number): Promise<T | undefined>;
}

export type MemoryStoreOptions = {
  /** The oldest entries are dropped beyond this, so memory stays bounded whatever the traffic. */
  maxEntries: number;
  now?: () => number;
};

/** The embedded store: one process's memory, bounded in size; state is lost on restart. */
export function createMemoryStore<T>({ maxEntries, now = Date.now }: MemoryStoreOptions): ExpiringStore<T> {
  const entries = new Map<string, { value: T; expires: number }>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.expires <= now()) entries.delete(key);
    return entry && entry.expires > now() ? entry.value : undefined;
  };
  return {
    get: async (key) => live(key),
    async swap(key, value, ttlMs) {
      const previous = live(key);
      entries.delete(key);
      entries.set(key, { value, expires: now() + ttlMs });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return previous;
    },
  };
}
