import { performance } from "node:perf_hooks";
import { APOLOGY, newReplyId, type Advisor, type Asked, type Recorder, type Reply, type Store } from "../../src/index.js";
import type { Logger } from "../log.js";
import type { Metrics } from "./metrics.js";

/**
 * `id`: the reply's own, which its feedback buttons and any record of it carry. An apology is a reply too (the same
 * words on every channel), with no id: there is nothing to vote on. `refused`: over the rate limit; `first` only for
 * the first refusal in a window, so a flood costs one notice. `quota`: what is left of the asker's window, when a rate
 * limit applies and could be checked.
 */
export type Outcome =
  | (({ kind: "reply"; reply: Reply; id: string } | { kind: "apology"; reply: Reply }) & { quota?: Quota })
  | { kind: "refused"; first: boolean; retryInMs: number };

export type Quota = { remaining: number; resetInMs: number };

/** One question from one asker (a person, or an API key), whatever channel it came by. */
export type Pipeline = (asker: string, question: Asked) => Promise<Outcome>;

/** Questions allowed per asker per fixed window, counted across every process sharing the store. */
export type RateLimit = { points: number; windowMs: number };

export type PipelineOptions = {
  channel: string;
  logger: Logger;
  /** With the store that counts it; the terminal, where the asker is the operator, has none. */
  limit?: { store: Pick<Store, "rateLimiter">; rateLimit: RateLimit };
  metrics?: Metrics;
  /** Records what the channel could not answer and keeps each reply's summary for votes. */
  recorder?: Recorder;
};

/** What an asker reads when answering failed, on every channel. */
export const APOLOGY_REPLY: Reply = Object.freeze({ kind: "fallback", text: APOLOGY, sources: [], suggestions: [] });

/**
 * What every channel does with a question, in one place: the rate limit (checked first, so someone over it costs
 * nothing but, once, a notice), the advisor, an apology on failure, and one metric and one log line per question
 * (channel, reply kind, topic, latency; the asker's words only at debug level), and the record of a question it could
 * not answer. A channel only translates.
 */
export function createPipeline(advisor: Advisor, { channel, logger, limit, metrics, recorder }: PipelineOptions): Pipeline {
  const limiter = limit?.store.rateLimiter({ name: channel, ...limit.rateLimit });
  return async (asker, question) => {
    const admission = limiter
      ? await limiter.take(asker).catch((error: unknown) => {
          logger.warn("the rate limit could not be checked; letting the question through", error, { channel });
          return undefined;
        })
      : undefined;
    if (admission && !admission.allowed) {
      metrics?.rateLimited(channel);
      return { kind: "refused", first: admission.first, retryInMs: admission.retryInMs };
    }
    const quota = admission && { remaining: admission.remaining, resetInMs: admission.resetInMs };
    const started = performance.now();
    try {
      const reply = await advisor.ask(question);
      const seconds = (performance.now() - started) / 1000;
      metrics?.answered(channel, reply.kind, seconds);
      logger.info("answered", { channel, kind: reply.kind, topic: reply.kind === "answer" ? reply.topic : null, latencyMs: Number((seconds * 1000).toFixed(3)) });
      logger.debug("question", { channel, text: question.text });
      const id = newReplyId();
      // Awaited (it never rejects, and the store bounds it) so that a vote on this reply, however quick, finds it.
      await recorder?.afterReply(channel, question, reply, id);
      return { kind: "reply", reply, id, quota };
    } catch (error) {
      logger.error("the advisor failed to answer", error, { channel });
      return { kind: "apology", reply: APOLOGY_REPLY, quota };
    }
  };
}
