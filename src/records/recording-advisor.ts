import type { Asked, SharedAdvisor } from "../stored-advisor.js";
import type { Reply } from "../types.js";
import type { Recorder } from "./recorder.js";
import { newReplyId } from "./reply-id.js";

/** A reply with the id votes and records refer to it by. */
export type IdentifiedReply = Reply & { id: string };

export interface RecordingAdvisor extends SharedAdvisor {
  ask(question: Asked): Promise<IdentifiedReply>;
}

/**
 * An advisor as one command sees it when it records (`--record`): every reply gets an id, and the recorder sees
 * every question and reply. Long-running channels record in their pipeline instead, beside the rate limit and metrics.
 */
export function withRecording(advisor: SharedAdvisor, channel: string, recorder: Recorder, newId: () => string = newReplyId): RecordingAdvisor {
  return {
    async ask(question) {
      const reply = await advisor.ask(question);
      const id = newId();
      await recorder.afterReply(channel, question, reply, id);
      return { ...reply, id };
    },
    forget: (conversationId) => advisor.forget(conversationId),
  };
}
