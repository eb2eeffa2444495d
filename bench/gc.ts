import { PerformanceObserver } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/** Runs `work` and collects the garbage collector's pauses during it, the usual cause of a latency tail. */
export async function withGcPauses<T>(work: () => T): Promise<{ result: T; pausesMs: number[] }> {
  const pausesMs: number[] = [];
  const observer = new PerformanceObserver((list) => pausesMs.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ entryTypes: ["gc"] });
  const result = work();
  // Entries are delivered on a later turn of the event loop, not while `work` holds it.
  await sleep(20);
  observer.disconnect();
  return { result, pausesMs };
}
