import { createAdvisor, createLiveAdvisor, loadKnowledge } from "../src/index.js";
import { summarise, type Summary } from "./stats.js";

export type ReloadWait = {
  /** From asking for the reload to the new knowledge answering. */
  reloadMs: number;
  /** How long questions asked every few milliseconds during the reload waited to be answered. */
  waits: Summary;
  /** The engine building its indexes for the new knowledge, which still runs on the answering thread. */
  createAdvisorMs: number;
};

const PROBE_EVERY_MS = 5;

/**
 * Reloads a live advisor while a question arrives every few milliseconds, and records how long each
 * waited beyond its arrival time until it was answered.
 */
export async function measureReloadWait(dir: string, question: string): Promise<ReloadWait> {
  const advisor = createLiveAdvisor(dir);
  const waits: number[] = [];
  let reloading = true;
  let due = performance.now() + PROBE_EVERY_MS;
  // Questions that fell due while the thread was busy are answered back to back, as queued messages would be.
  const probe = () => {
    for (let now = performance.now(); due <= now; now = performance.now()) {
      advisor.ask({ text: question, conversationId: "bench:reload" });
      waits.push(performance.now() - due);
      due += PROBE_EVERY_MS;
    }
    if (reloading) setTimeout(probe, Math.max(0, due - performance.now()));
  };
  setTimeout(probe, PROBE_EVERY_MS);
  const start = performance.now();
  const result = await advisor.reload();
  const reloadMs = performance.now() - start;
  reloading = false;
  advisor.close();
  if (!result.ok) throw new Error(`the reload failed: ${result.problems.join("; ")}`);

  const knowledge = loadKnowledge(dir);
  const t0 = performance.now();
  createAdvisor(knowledge);
  return { reloadMs, waits: summarise(waits), createAdvisorMs: performance.now() - t0 };
}
