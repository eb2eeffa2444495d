import { setTimeout as sleep } from "node:timers/promises";

export type InFlight = {
  /** Counts `work` as in flight until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Waits until nothing is in flight or `deadlineMs` has passed; resolves with how many were still going. */
  settle(deadlineMs: number): Promise<number>;
};

/** The replies a front end is still sending, so that stopping can finish them within a deadline. */
export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    track(work) {
      const settled: Promise<unknown> = work.then(
        () => pending.delete(settled),
        () => pending.delete(settled),
      );
      pending.add(settled);
      return work;
    },
    async settle(deadlineMs) {
      if (pending.size) {
        const timer = new AbortController();
        await Promise.race([Promise.allSettled(pending), sleep(deadlineMs, undefined, { signal: timer.signal }).catch(() => {})]);
        timer.abort();
      }
      return pending.size;
    },
  };
}
