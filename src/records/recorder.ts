import type { Question, Reply, ReplyKind } from "../types.js";
import type { ExpiringStore } from "./expiring-store.js";
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
  /** Replies by id, for the votes that arrive later. */
  replies: ExpiringStore<ReplySummary>;
  /** How long a reply can still be voted on. */
  replyTtlMs: number;
  /** The version of the knowledge currently answering. */
  knowledgeVersion: () => string;
  now?: () => Date;
  /** Told of a failure to remember or record a reply (a shared store being down); the reply itself is unaffected. */
  onError?: (error: unknown) => void;
};

export type Recorder = {
  /** Called after every reply a channel sends: records it if it left the question unanswered. */
  afterReply(channel: string, question: Question, reply: Reply, replyId: string): void;
};

export function createRecorder({ journal, replies, replyTtlMs, knowledgeVersion, now = () => new Date(), onError }: RecorderOptions): Recorder {
  const record = (channel: string, question: Question, reply: Reply, replyId: string) => {
    const summary: ReplySummary = {
      channel,
      kind: reply.kind,
      topic: reply.kind === "answer" ? reply.topic : null,
      careers: reply.kind === "answer" ? reply.careerIds : [],
      knowledge: knowledgeVersion(),
      question: maskPersonalDetails(question.text),
    };
    replies.swap(replyId, summary, replyTtlMs).catch((error: unknown) => onError?.(error));
    const kind = gapKind(reply);
    if (!kind) return;
    const { topic, careers, knowledge, question: text } = summary;
    const line: QuestionRecord = { time: now().toISOString(), replyId, channel, kind, topic, careers, knowledge, question: text };
    journal.append("questions", line);
  };
  return {
    afterReply(channel, question, reply, replyId) {
      try {
        record(channel, question, reply, replyId);
      } catch (error) {
        onError?.(error);
      }
    },
  };
}
