import type { Advisor, Store } from "../src/index.js";
import type { Logger } from "./log.js";
import type { Records } from "./records.js";
import type { Runtime } from "./runtime/entry.js";
import type { Metrics } from "./runtime/metrics.js";
import { createPipeline, type Pipeline, type RateLimit } from "./runtime/pipeline.js";

/** What a chat platform's front end (Discord, Slack) takes besides its own connection settings. */
export type PlatformOptions<P> = {
  /** Every line goes through it, so secrets in failed requests are redacted. */
  logger: Logger;
  /** Rate limits, event claims and shared answers, shared with every other process using it. */
  store: Store;
  rateLimit?: RateLimit;
  /** How long stop() lets replies already being sent finish before giving them up (default 8 s, inside Docker's 10). */
  stopDeadlineMs?: number;
  /** How long a reply is retried; the default suits the platform, tests shorten it. */
  patience?: P;
  /** Counts questions, replies and refusals. */
  metrics?: Metrics;
  /** Told each time the connection to the platform comes up (true) or goes down (false), for a health check. */
  onStatus?: (connected: boolean) => void;
  /** Records unanswered questions, and puts "Helpful" / "Not helpful" buttons under answers, counting the votes. */
  records?: Records;
};

/** The platform's pipeline: its rate limit (`fallback` unless the options name one), its metrics and its records. */
export function platformPipeline(advisor: Advisor, channel: string, options: PlatformOptions<unknown>, fallback: RateLimit): Pipeline {
  const { logger, store, metrics, records } = options;
  return createPipeline(advisor, { channel, limit: { store, rateLimit: options.rateLimit ?? fallback }, logger, metrics, recorder: records?.recorder });
}

/** What a platform takes from the process it runs in; its connection going down and up shows in /healthz under `name`. */
export function runtimeOptions({ logger, store, metrics, records, states }: Runtime, name: string): PlatformOptions<never> {
  return { logger, store, metrics, records, onStatus: (connected) => states.set(name, connected ? "connected" : "disconnected") };
}
