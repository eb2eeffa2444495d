import { APOLOGY } from "./chat/messages.js";
import { createMemory } from "./conversation.js";
import { createEngine, prepareEngine, type Engine } from "./engine.js";
import type { Knowledge } from "./knowledge/load.js";
import type { Advisor } from "./types.js";

export type AdvisorOptions = {
  /** Milliseconds since the epoch; injectable so tests can expire conversations. */
  now?: () => number;
  /** How many conversations to remember at once; the least recently used is forgotten first. */
  maxConversations?: number;
  /** How long a quiet conversation is remembered. */
  conversationTtlMs?: number;
  /** Told of a failure inside the advisor (the asker gets an apology), so a front end can log it. */
  onError?: (error: unknown) => void;
};

export const ADVISOR_DEFAULTS = Object.freeze({ maxConversations: 10_000, conversationTtlMs: 30 * 60_000 });

/** The engine with each conversation's state kept in this process. */
export function createAdvisor(knowledge: Knowledge, options: AdvisorOptions = {}): Advisor {
  return advisorOver(createEngine(knowledge), options);
}

/** `createAdvisor`, with the engine's indexes built in slices between other work (see `prepareEngine`). */
export async function prepareAdvisor(knowledge: Knowledge, options: AdvisorOptions = {}): Promise<Advisor> {
  return advisorOver(await prepareEngine(knowledge), options);
}

function advisorOver(engine: Engine, options: AdvisorOptions): Advisor {
  const memory = createMemory({
    maxConversations: options.maxConversations ?? ADVISOR_DEFAULTS.maxConversations,
    ttlMs: options.conversationTtlMs ?? ADVISOR_DEFAULTS.conversationTtlMs,
    now: options.now ?? Date.now,
  });

  return {
    ask({ text, conversationId }) {
      try {
        const previous = memory.get(conversationId);
        const { reply, state } = engine.respond(String(text), previous);
        if (state && state !== previous) memory.set(conversationId, state);
        return reply;
      } catch (error) {
        // A reply is always owed; the failure itself is the front end's to log, not the user's to read.
        options.onError?.(error);
        return { kind: "fallback", text: APOLOGY, sources: [], suggestions: [] };
      }
    },
    forget(conversationId) {
      memory.forget(conversationId);
    },
  };
}
