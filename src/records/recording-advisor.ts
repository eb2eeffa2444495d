import type { Advisor, Reply } from "../types.js";
import type { Recorder } from "./recorder.js";
import { newReplyId } from "./reply-id.js";

/** A reply with the id votes and records refer to it by. */
export type IdentifiedReply = Reply & { id: string };

export interface RecordingAdvisor extends Advisor {
  ask(question: Parameters<Advisor["ask"]>[0]): IdentifiedReply;
}

/**
 * The advisor as one channel sees it: every reply gets an id, and the recorder sees every question and
 * reply. Each channel wraps the shared advisor with its own name; the engine knows nothing of it.
 */
export function withRecording(advisor: Advisor, channel: string, recorder: Recorder, newId: () => string = newReplyId): RecordingAdvisor {
  return {
    ask(question) {
      const reply = advisor.ask(question);
      const id = newId();
      recorder.afterReply(channel, question, reply, id);
      return { ...reply, id };
    },
    forget: (conversationId) => advisor.forget(conversationId),
  };
}
