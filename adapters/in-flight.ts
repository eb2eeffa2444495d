import { setTimeout as sleep } from "node:timers/promises";

/** How long a stopping front end lets replies already under way finish: inside the 10 s Docker and systemd allow. */
export const STOP_DEADLINE_MS = 8_000;

// After the deadline, what is left is aborted; this is how long its give-ups get to reach the log.
const ABORT_GRACE_MS = 1_000;

export type InFlight = {
  /** Counts `work` as in flight until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /**
   * Waits until nothing is in flight or `deadlineMs` has passed; then, if anything is left, calls `abandon` (which
   * should make it fail fast) and waits briefly for it to unwind.
   */
  drain(deadlineMs: number, abandon: (count: number) => void): Promise<void>;
};

/** The replies a front end is still sending, so that stopping can finish them within a deadline. */
export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  const settle = async (deadlineMs: number) => {
    if (!pending.size) return;
    const timer = new AbortController();
    await Promise.race([Promise.allSettled(pending), sleep(deadlineMs, undefined, { signal: timer.signal }).catch(() => undefined)]);
    timer.abort();
  };
  return {
    track(work) {
      const settled: Promise<unknown> = work.then(
        () => pending.delete(settled),
        () => pending.delete(settled),
      );
      pending.add(settled);
      return work;
    },
    async drain(deadlineMs, abandon) {
      await settle(deadlineMs);
      const left = pending.size;
      if (left) {
        abandon(left);
        await settle(ABORT_GRACE_MS);
      }
    },
  };
}
