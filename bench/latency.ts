import type { ConversationState, Engine, ReplyKind } from "../src/index.js";
import type { Conversation } from "./questions.js";

export type Sample = { category: string; ms: number; kind: ReplyKind };

export type LatencyPlan = {
  /** Rounds asked before measuring, so the JIT and the speller's cache settle as they would in a running bot. */
  warmupRounds: number;
  /** Measuring stops after this long or this many rounds, whichever comes first. */
  budgetMs: number;
  maxRounds: number;
};

/** Asks rounds of questions, each conversation in its own state, and times every answer on its own. */
export function measureLatency(engine: Pick<Engine, "respond">, nextRound: () => Conversation[], plan: LatencyPlan): Sample[] {
  const samples: Sample[] = [];
  const askRound = (round: number, record: boolean) =>
    nextRound().forEach(({ category, turns }) => {
      let state: ConversationState | undefined;
      for (const text of turns) {
        const start = performance.now();
        const answered = engine.respond(text, state);
        const reply = answered.reply;
        state = answered.state;
        const ms = performance.now() - start;
        if (record) samples.push({ category, ms, kind: reply.kind });
      }
    });

  for (let round = 0; round < plan.warmupRounds; round++) askRound(round, false);
  const end = performance.now() + plan.budgetMs;
  for (let round = 0; round < plan.maxRounds && performance.now() < end; round++) askRound(plan.warmupRounds + round, true);
  return samples;
}
