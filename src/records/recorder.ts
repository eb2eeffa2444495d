import type { ReplySummaries } from "../store/store.js";
import type { Reply, ReplyKind } from "../types.js";
import type { Journal } from "./journal.js";
import { maskPersonalDetails } from "./mask.js";
import type { QuestionRecord } from "./record.js";
import { gapKind } from "./unanswered.js";

/** What a vote on a reply is recorded with; kept for a while after the reply, never with who asked. */
export type ReplySummary = {
  channel: string;
  kind: ReplyKind;
  topic: string | null;
  careers: string[];
  knowledge: string;
  question: string;
};

export type RecorderOptions = {
  journal: Journal;
  /** Where each reply's summary waits for the votes that arrive later, in any process; without it nothing can be voted on. */
  replies?: Pick<ReplySummaries, "put">;
  /** The version of the knowledge currently answering. */
  knowledgeVersion: () => string;
  now?: () => Date;
  /** Told of an unexpected failure while recording a reply; the reply itself is unaffected. */
  onError?: (error: unknown) => void;
};

export type Recorder = {
  /**
   * Called after every reply a channel sends: records it at once if it left the question unanswered, then keeps its
   * summary for votes. Never rejects; resolves once the summary is kept, so a vote that follows finds it.
   */
  afterReply(channel: string, question: { text: string }, reply: Reply, replyId: string): Promise<void>;
};

export function createRecorder({ journal, replies, knowledgeVersion, now = () => new Date(), onError }: RecorderOptions): Recorder {
  const record = (channel: string, question: { text: string }, reply: Reply, replyId: string) => {
    const understood: { topic?: string; careerIds?: string[] } = reply.kind === "smalltalk" ? {} : reply;
    const summary: ReplySummary = {
      channel,
      kind: reply.kind,
      topic: understood.topic ?? null,
      careers: understood.careerIds ?? [],
      knowledge: knowledgeVersion(),
      question: maskPersonalDetails(question.text),
    };
    const kind = gapKind(reply);
    if (kind) {
      const { topic, careers, knowledge, question: text } = summary;
      const line: QuestionRecord = { time: now().toISOString(), replyId, channel, kind, topic, careers, knowledge, question: text };
      journal.append("questions", line);
    }
    return replies?.put(replyId, summary);
  };
  return {
    async afterReply(channel, question, reply, replyId) {
      try {
        // A store that cannot keep the summary says so itself, once per outage, rather than once per reply.
        await record(channel, question, reply, replyId);
      } catch (error) {
        onError?.(error);
      }
    },
  };
}
