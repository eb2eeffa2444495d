import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { ReloadResult, ReplyKind } from "../../src/index.js";
import type { ChannelState } from "./channel.js";

export type Metrics = ReturnType<typeof createMetrics>;

/** Every series `serve` exposes on /metrics, on a registry of its own (so two in one process never collide). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "career_advisor_" });
  const registers = [registry];
  const questions = new Counter({
    name: "career_advisor_questions_total",
    help: "Questions answered, by channel and reply kind",
    labelNames: ["channel", "kind"] as const,
    registers,
  });
  const latency = new Histogram({
    name: "career_advisor_answer_seconds",
    help: "Time the advisor took to answer one question, the shared store's part included",
    labelNames: ["channel"] as const,
    // The advisor answers in well under a millisecond; the upper buckets catch a slow reload or a stalled process.
    buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
    registers,
  });
  const rateLimited = new Counter({
    name: "career_advisor_rate_limited_total",
    help: "Questions turned away because the asker went past the rate limit",
    labelNames: ["channel"] as const,
    registers,
  });
  const reloads = new Counter({
    name: "career_advisor_knowledge_reloads_total",
    help: "Knowledge reloads, by outcome (ok, or failed: the last good knowledge stayed)",
    labelNames: ["outcome"] as const,
    registers,
  });
  const connected = new Gauge({
    name: "career_advisor_channel_connected",
    help: "1 while a channel is connected and taking questions, else 0",
    labelNames: ["channel"] as const,
    registers,
  });
  const knowledge = new Gauge({
    name: "career_advisor_knowledge_info",
    help: "1 for the version (a digest of the files) of the knowledge answers come from",
    labelNames: ["version"] as const,
    registers,
  });
  const loadedAt = new Gauge({
    name: "career_advisor_knowledge_loaded_timestamp_seconds",
    help: "When the knowledge answers come from was loaded, at start or by the last successful reload",
    registers,
  });
  for (const outcome of ["ok", "failed"]) reloads.inc({ outcome }, 0);
  const loaded = (version: string) => {
    knowledge.reset();
    knowledge.set({ version }, 1);
    loadedAt.setToCurrentTime();
  };

  return {
    registry,
    answered(channel: string, kind: ReplyKind, seconds: number): void {
      questions.inc({ channel, kind });
      latency.observe({ channel }, seconds);
    },
    rateLimited: (channel: string) => rateLimited.inc({ channel }),
    /** The knowledge loaded at start. */
    loaded,
    reloaded(result: ReloadResult): void {
      reloads.inc({ outcome: result.ok ? "ok" : "failed" });
      if (result.ok) loaded(result.knowledge.version);
    },
    channelState: (channel: string, state: ChannelState) => connected.set({ channel }, state === "connected" ? 1 : 0),
  };
}
