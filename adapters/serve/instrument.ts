import { performance } from "node:perf_hooks";
import type { Advisor } from "../../src/index.js";
import type { Logger } from "../log.js";
import type { Metrics } from "./metrics.js";

/**
 * The advisor as one channel sees it: every question is timed, counted and logged on one line (channel, reply
 * kind, topic, latency), with the asker's words only at debug level. The channel itself is none the wiser.
 */
export function instrumentAdvisor(advisor: Advisor, channel: string, { logger, metrics }: { logger: Logger; metrics?: Metrics }): Advisor {
  return {
    ask(question) {
      const started = performance.now();
      const reply = advisor.ask(question);
      const seconds = (performance.now() - started) / 1000;
      metrics?.answered(channel, reply.kind, seconds);
      const fields = { channel, kind: reply.kind, topic: reply.kind === "answer" ? reply.topic : null, latencyMs: Number((seconds * 1000).toFixed(3)) };
      logger.info("answered", fields);
      logger.debug("question", { channel, text: question.text });
      return reply;
    },
    forget: (conversationId) => advisor.forget(conversationId),
  };
}
