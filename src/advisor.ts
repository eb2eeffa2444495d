import type { Knowledge } from "./knowledge/load.js";
import type { Advisor } from "./types.js";

export type AdvisorOptions = {
  /** Milliseconds since the epoch; injectable so tests can expire conversations. */
  now?: () => number;
  /** How many conversations to remember at once; the least recently used is forgotten first. */
  maxConversations?: number;
  /** How long a quiet conversation is remembered. */
  conversationTtlMs?: number;
};

export function createAdvisor(knowledge: Knowledge, options: AdvisorOptions = {}): Advisor {
  void knowledge;
  void options;
  return {
    ask: () => ({ kind: "fallback", text: "The advisor is being built.", sources: [], suggestions: [] }),
    forget: () => {},
  };
}
