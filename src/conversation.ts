import type { ConversationState } from "./state.js";

export type MemoryOptions = { maxConversations: number; ttlMs: number; now: () => number };

export interface ConversationMemory {
  get(id: string): ConversationState | undefined;
  set(id: string, context: ConversationState): void;
  forget(id: string): void;
  readonly size: number;
}

/**
 * Remembers recent conversations in insertion order, which doubles as least-recently-used order because
 * every write moves a conversation to the end; quiet conversations expire.
 */
export function createMemory({ maxConversations, ttlMs, now }: MemoryOptions): ConversationMemory {
  const entries = new Map<string, { context: ConversationState; at: number }>();
  return {
    get(id) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      if (now() - entry.at > ttlMs) {
        entries.delete(id);
        return undefined;
      }
      return entry.context;
    },
    set(id, context) {
      entries.delete(id);
      entries.set(id, { context, at: now() });
      while (entries.size > maxConversations) entries.delete(entries.keys().next().value!);
    },
    forget(id) {
      entries.delete(id);
    },
    get size() {
      return entries.size;
    },
  };
}
