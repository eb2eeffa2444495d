import { createHash } from "node:crypto";
import type { ReplySummaries } from "../store/store.js";
import type { Reply } from "../types.js";
import type { Journal } from "./journal.js";
import { MAX_QUESTION_LENGTH } from "../understand/normalise.js";
import { maskPersonalDetails } from "./mask.js";
import type { QuestionRecord, ReplySummary } from "./record.js";
import { gapKind } from "./unanswered.js";

/** Enough of a question for a person reading the feedback report to know what was asked. */
export const QUESTION_EXCERPT = 200;

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
  const record = async (channel: string, question: { text: string }, reply: Reply, replyId: string) => {
    const understood: { topic?: string; careerIds?: string[] } = reply.kind === "smalltalk" ? {} : reply;
    const masked = whatTheAdvisorRead(question.text);
    const summary: ReplySummary = {
      channel,
      kind: reply.kind,
      topic: understood.topic ?? null,
      careers: understood.careerIds ?? [],
      knowledge: knowledgeVersion(),
      question: excerpt(masked),
      digest: questionDigest(masked),
    };
    const kind = gapKind(reply);
    if (kind) {
      const { topic, careers, knowledge } = summary;
      const line: QuestionRecord = { time: now().toISOString(), replyId, channel, kind, topic, careers, knowledge, question: masked };
      await journal.append("questions", line);
    }
    await replies?.put(replyId, summary);
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

function excerpt(text: string): string {
  return text.length > QUESTION_EXCERPT ? `${text.slice(0, QUESTION_EXCERPT - 1)}…` : text;
}

/** 128 bits of SHA-256: no two questions a deployment records share one. */
export function questionDigest(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/**
 * The question as far as the advisor reads it, masked: what lies beyond says nothing about what it answered, and
 * masking it would cost every channel time for nothing. Masked with a margin first, so that an address or a number
 * running across the cut is masked whole.
 */
function whatTheAdvisorRead(text: string): string {
  return maskPersonalDetails(text.slice(0, 2 * MAX_QUESTION_LENGTH)).slice(0, MAX_QUESTION_LENGTH);
}
