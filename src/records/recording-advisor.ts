import type { Advisor, Reply } from "../types.js";
import type { Recorder } from "./recorder.js";
import { newReplyId } from "./reply-id.js";

/** A reply with the id votes and records refer to it by. */
export type IdentifiedReply = Reply & { id: string };

export interface RecordingAdvisor extends Advisor {
  ask(question: Parameters<Advisor["ask"]>[0]): IdentifiedReply;
}

/**
 * The in-process advisor as one command sees it when it records (`--record`): every reply gets an id, and the
 * recorder sees every question and reply. Long-running channels record in their pipeline instead.
 */
export function withRecording(advisor: Advisor, channel: string, recorder: Recorder, newId: () => string = newReplyId): RecordingAdvisor {
  return {
    ask(question) {
      const reply = advisor.ask(question);
      const id = newId();
      void recorder.afterReply(channel, question, reply, id);
      return { ...reply, id };
    },
    forget: (conversationId) => advisor.forget(conversationId),
  };
}
