import type { StoreHealth, StoreLogger } from "./store.js";

/** Raised when a store call takes longer than its bound; the caller degrades instead of waiting. */
export class StoreTimeout extends Error {
  override name = "StoreTimeout";
  constructor(readonly ms: number) {
    super(`the store did not answer within ${ms} ms`);
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeout(ms)), ms);
  });
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}

export interface HealthTracker {
  readonly status: StoreHealth["status"];
  /** Counts a failure and, if the store was healthy, says once that it is not. */
  failed(operation: string, error: unknown): void;
  /** Says once that the store is back. */
  recovered(): void;
  snapshot(): StoreHealth;
}

/** Status and error counts for /healthz and /metrics; an outage is logged when it starts and when it ends, never per call. */
export function createHealthTracker(backend: string, logger: StoreLogger, say: { down: string; up: string }): HealthTracker {
  let status: StoreHealth["status"] = "ok";
  const errors: Record<string, number> = {};
  return {
    get status() {
      return status;
    },
    failed(operation, error) {
      errors[operation] = (errors[operation] ?? 0) + 1;
      if (status === "degraded") return;
      status = "degraded";
      logger.warn(say.down, error);
    },
    recovered() {
      if (status === "ok") return;
      status = "ok";
      logger.info(say.up);
    },
    snapshot: () => ({ status, backend, errors: { ...errors } }),
  };
}
