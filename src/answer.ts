import { APOLOGY } from "./chat/messages.js";
import type { Engine } from "./engine.js";
import type { ConversationState } from "./state.js";
import type { Reply } from "./types.js";

export type Answered = { reply: Reply; state: ConversationState | undefined };

/**
 * One question through the engine, never throwing: a defect becomes an apology (the error goes to `onError`, for a
 * front end to log) and leaves the conversation as it was.
 */
export function answer(engine: Pick<Engine, "respond">, text: string, state: ConversationState | undefined, onError?: (error: unknown) => void): Answered {
  try {
    return engine.respond(String(text), state);
  } catch (error) {
    onError?.(error);
    return { reply: { kind: "fallback", text: APOLOGY, sources: [], suggestions: [] }, state };
  }
}
