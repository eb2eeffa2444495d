import { answer } from "./answer.js";
import type { Engine } from "./engine.js";
import type { Knowledge } from "./knowledge/load.js";
import type { ConversationState } from "./state.js";
import type { ConversationStates } from "./store/store.js";
import type { Reply } from "./types.js";

/** A question; one without a conversation stands alone, and costs the store nothing. */
export type Asked = { text: string; conversationId?: string };

/** The seam every long-running front end uses: conversations live in a store, which may be another process away. */
export interface SharedAdvisor {
  /** Never rejects: a store that cannot be reached costs the question its context, not its answer. */
  ask(question: Asked): Promise<Reply>;
  forget(conversationId: string): Promise<void>;
}

/** The engine of the moment (knowledge may be reloaded under it) and the knowledge it answers from. */
export type EngineSource = Pick<Engine, "respond"> & { readonly knowledge: Knowledge };

/**
 * Get the conversation's state, let the engine answer, keep the new state. Each store call is bounded by the store
 * itself, so the engine's own work stays as fast as it is and a slow store only ever makes a question forget.
 */
export function createStoredAdvisor(engine: EngineSource, conversations: ConversationStates, onError?: (error: unknown) => void): SharedAdvisor {
  return {
    async ask({ text, conversationId }) {
      if (conversationId === undefined) return answer(engine, text, undefined, onError).reply;
      const previous = usable(await conversations.get(conversationId).catch(() => undefined), engine.knowledge);
      const { reply, state } = answer(engine, text, previous, onError);
      if (state && state !== previous) await conversations.set(conversationId, state).catch(onError);
      return reply;
    },
    forget: (conversationId) => conversations.forget(conversationId).catch(onError),
  };
}

/**
 * A stored state was written by some process at some time: another version in a rolling deploy, or before the
 * knowledge was reloaded. One that does not have the shape the engine expects, or that names a career the
 * knowledge no longer has, is dropped, and the conversation starts afresh.
 */
function usable(value: unknown, knowledge: Knowledge): ConversationState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const state = value as Partial<ConversationState>;
  const careersKnown = Array.isArray(state.careers) && state.careers.every((id) => typeof id === "string" && knowledge.careers.has(id));
  const shaped = typeof state.last === "object" && state.last !== null && typeof state.last.kind === "string" && Array.isArray(state.terms);
  return careersKnown && shaped ? (state as ConversationState) : undefined;
}
