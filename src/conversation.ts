import type { SourcesFocus } from "./decide.js";
import type { Background, Topic } from "./knowledge/schema.js";
import type { PayScope } from "./understand/lexicon.js";

/** What one conversation has established so far: enough to read the next question in its light. */
export type Context = {
  /** Careers discussed, most recent first. */
  careers: string[];
  topic?: Topic;
  /** The last answer covered all of `careers` together, so "they" means all of them. */
  together: boolean;
  /** Pay groups the last answer gave, so "how does that compare with …" can set them side by side. */
  scopes: PayScope[];
  /** The last answer compared careers, so a new topic compares them again. */
  comparing: boolean;
  /** The last reply asked which career was meant; a bare career name answers it. */
  clarifying: boolean;
  /** Careers a question back offered, in order, so "the second one" can pick. */
  options: readonly string[];
  /** Careers offered in a "did you mean" that a plain "yes" accepts. */
  offered: string[];
  /** Acronyms the last reply used, so "what does it stand for?" can be answered. */
  terms: string[];
  /** The asker's background, once they have told it. */
  background?: Background;
  /** The last reply was about the sources, so "and managers?" continues on them. */
  sourcesFocus?: SourcesFocus;
};

export type MemoryOptions = { maxConversations: number; ttlMs: number; now: () => number };

export interface ConversationMemory {
  get(id: string): Context | undefined;
  set(id: string, context: Context): void;
  forget(id: string): void;
  readonly size: number;
}

/**
 * Remembers recent conversations in insertion order, which doubles as least-recently-used order because
 * every write moves a conversation to the end; quiet conversations expire.
 */
export function createMemory({ maxConversations, ttlMs, now }: MemoryOptions): ConversationMemory {
  const entries = new Map<string, { context: Context; at: number }>();
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
