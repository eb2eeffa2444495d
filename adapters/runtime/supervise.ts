import type { Logger } from "../log.js";
import type { Channel } from "./channel.js";

/** Adapters finish replies in flight within 8 s of stop(); past this the rest is abandoned so a supervisor sees an exit. */
const STOP_DEADLINE_MS = 9_000;
/** After a fatal failure the process must be gone within 10 s, message included. */
const FATAL_STOP_DEADLINE_MS = 5_000;

export type Supervisor = {
  /** A channel that has stopped for good after starting (a refused token, a fatal gateway close) calls this. */
  fail(message: string): void;
  /**
   * Starts the channels in order. If one cannot start, those already started are stopped (newest first) and
   * this rejects with its error. Otherwise resolves once all run, with `finished`: it resolves after SIGINT or
   * SIGTERM has stopped them all, or rejects with the failure after a fatal one has, or when stopping gave up on
   * work (a channel's stop failed, or the deadline passed), so that a supervisor sees a non-zero exit.
   */
  start(channels: readonly Channel[], options?: StartOptions): Promise<{ finished: Promise<void> }>;
};

export type StartOptions = {
  /** Runs after the channels have stopped, however they stopped: closing the advisor's folder watcher, say. */
  cleanup?: () => void | Promise<void>;
};

export function createSupervisor(logger: Logger): Supervisor {
  let failed: (error: Error) => void = () => {};
  const failure = new Promise<never>((_, reject) => (failed = reject));
  failure.catch(() => {});
  let fatal: Error | undefined;

  /** Resolves with whether everything stopped cleanly, in time. */
  async function stopAll(started: readonly Channel[], deadlineMs: number, cleanup?: () => void | Promise<void>): Promise<boolean> {
    let clean = true;
    const stopping = (async () => {
      for (const channel of [...started].reverse()) {
        await channel.stop().catch((error: unknown) => {
          clean = false;
          logger.error(`stopping ${channel.name} failed`, error);
        });
      }
      await Promise.resolve()
        .then(cleanup)
        .catch((error: unknown) => logger.error("cleaning up failed", error));
      return clean;
    })();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => {
        logger.warn(`stopping took longer than ${deadlineMs / 1000} s; giving up on what is left`);
        resolve(false);
      }, deadlineMs);
    });
    const stopped = await Promise.race([stopping, late]);
    clearTimeout(timer);
    return stopped;
  }

  return {
    fail(message) {
      fatal ??= new Error(message);
      failed(fatal);
    },
    async start(channels, { cleanup } = {}) {
      const started: Channel[] = [];
      for (const channel of channels) {
        try {
          await Promise.race([channel.start(), failure]);
          started.push(channel);
        } catch (error) {
          // The channel may hold half-open sockets or timers of its own, so it is stopped too.
          await stopAll([...started, channel], FATAL_STOP_DEADLINE_MS, cleanup);
          throw error;
        }
      }
      const finished = new Promise<void>((resolve, reject) => {
        const signals = ["SIGINT", "SIGTERM"] as const;
        let ending = false;
        // Whichever comes first, a signal or a failure, stops everything once.
        const end = (deadlineMs: number, then: (clean: boolean) => void) => {
          if (ending) return;
          ending = true;
          signals.forEach((signal, index) => process.off(signal, listeners[index]!));
          void stopAll(started, deadlineMs, cleanup).then(then);
        };
        const listeners = signals.map((signal) => () => {
          logger.info(`${signal} received: taking no new questions, finishing those in flight`);
          end(STOP_DEADLINE_MS, (clean) => (clean ? resolve() : reject(new Error("stopped, but gave up on work still under way (see the log above)"))));
        });
        signals.forEach((signal, index) => process.on(signal, listeners[index]!));
        failure.catch((error: Error) => end(FATAL_STOP_DEADLINE_MS, () => reject(error)));
      });
      return { finished };
    },
  };
}
