import { createEngine, openAdvisor } from "../src/index.js";
import { loadKnowledge } from "../src/authoring.js";
import { editOneCareer } from "./edit.js";
import { summarise, type Summary } from "./stats.js";

export type ReloadWait = {
  /** From asking for the reload to the new knowledge answering. */
  reloadMs: number;
  /** How long questions asked every few milliseconds during the reload waited to be answered. */
  waits: Summary;
  /** The same questions for as long with no reload: what the machine itself adds. */
  idleWaits: Summary;
  /** The engine building its indexes for this knowledge in one go, timed alone; a reload builds them the same way, on the answering thread. */
  createAdvisorMs: number;
};

const PROBE_EVERY_MS = 5;

/**
 * Reloads a live advisor while a question arrives every few milliseconds, and records how long each
 * waited beyond its arrival time until it was answered.
 */
export async function measureReloadWait(dir: string, question: string): Promise<ReloadWait> {
  const advisor = await openAdvisor(dir);
  // Without a conversation the engine answers before ask() returns, so each probe times the answer itself.
  const ask = () => void advisor.ask({ text: question });
  // A reload follows an edit, as the folder watcher's does.
  editOneCareer(dir);
  const start = performance.now();
  const during = await probeWhile(ask, advisor.reload());
  const reloadMs = performance.now() - start;
  if (!during.result.ok) throw new Error(`the reload failed: ${during.result.problems.join("; ")}`);
  const idle = await probeWhile(ask, new Promise((resolve) => setTimeout(resolve, reloadMs)));
  await advisor.close();

  const knowledge = loadKnowledge(dir);
  const t0 = performance.now();
  createEngine(knowledge);
  return { reloadMs, waits: summarise(during.waits), idleWaits: summarise(idle.waits), createAdvisorMs: performance.now() - t0 };
}

/** Asks a question every few milliseconds until `work` settles, recording how late each was answered. */
async function probeWhile<T>(ask: () => void, work: Promise<T>): Promise<{ result: T; waits: number[] }> {
  const waits: number[] = [];
  let running = true;
  let due = performance.now() + PROBE_EVERY_MS;
  // Questions that fell due while the thread was busy are answered back to back, as queued messages would be.
  const probe = () => {
    for (let now = performance.now(); due <= now; now = performance.now()) {
      ask();
      waits.push(performance.now() - due);
      due += PROBE_EVERY_MS;
    }
    if (running) setTimeout(probe, Math.max(0, due - performance.now()));
  };
  setTimeout(probe, PROBE_EVERY_MS);
  const result = await work;
  running = false;
  return { result, waits };
}
