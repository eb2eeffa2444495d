/**
 * A map whose entries expire `ttlMs` after they were last written and whose entries' sizes add up to at most
 * `capacity`: by default each entry's size is one, so `capacity` is a number of entries.
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

export function createExpiringMap<V>(ttlMs: number, capacity: number, now: () => number, sizeOf: (key: string, value: V) => number = () => 1): ExpiringMap<V> {
  const entries = new Map<string, { value: V; expires: number; size: number }>();
  let used = 0;

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    used -= entry.size;
    entries.delete(key);
  }

  function live(key: string) {
    const entry = entries.get(key);
    if (entry && entry.expires <= now()) {
      remove(key);
      return undefined;
    }
    return entry;
  }

  function set(key: string, value: V): void {
    const time = now();
    remove(key);
    const size = sizeOf(key, value);
    entries.set(key, { value, expires: time + ttlMs, size });
    used += size;
    for (const [oldest, entry] of entries) {
      if (entry.expires > time && used <= capacity) break;
      remove(oldest);
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
      remove(key);
      return entry?.value;
    },
    delete: remove,
    get size() {
      return entries.size;
    },
  };
}
