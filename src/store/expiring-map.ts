/**
 * A map whose entries expire `ttlMs` after they were last written and which holds at most `max` of them.
 * Insertion order doubles as expiry order (every write moves an entry to the end and all share one ttl),
 * so expired entries are always at the front and a write sweeps them in passing.
 */
export interface ExpiringMap<V> {
  get(key: string): V | undefined;
  /** False when the key already holds a live entry (which is left as it was). */
  add(key: string, value: V): boolean;
  set(key: string, value: V): void;
  take(key: string): V | undefined;
  delete(key: string): void;
  readonly size: number;
}

export function createExpiringMap<V>(ttlMs: number, max: number, now: () => number): ExpiringMap<V> {
  const entries = new Map<string, { value: V; expires: number }>();

  function live(key: string) {
    const entry = entries.get(key);
    if (entry && entry.expires <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function set(key: string, value: V): void {
    const time = now();
    entries.delete(key);
    entries.set(key, { value, expires: time + ttlMs });
    for (const [oldest, entry] of entries) {
      if (entry.expires > time && entries.size <= max) break;
      entries.delete(oldest);
    }
  }

  return {
    get: (key) => live(key)?.value,
    add(key, value) {
      if (live(key)) return false;
      set(key, value);
      return true;
    },
    set,
    take(key) {
      const entry = live(key);
      entries.delete(key);
      return entry?.value;
    },
    delete: (key) => void entries.delete(key),
    get size() {
      return entries.size;
    },
  };
}
