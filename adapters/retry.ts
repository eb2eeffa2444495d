import { setTimeout as sleep } from "node:timers/promises";

/** A reply that could not be sent, and why in words fit for a log line (never the reply's text). */
export class GaveUp extends Error {
  override name = "GaveUp";
  constructor(
    readonly reason: string,
    readonly attempts: number,
    options?: ErrorOptions,
  ) {
    super(`${reason} (${attempts} attempt${attempts === 1 ? "" : "s"})`, options);
  }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Try again after this long, for this reason. */
export type Wait = { afterMs: number; reason: string };

/** How long a reply is retried. */
export type Patience = {
  /** No attempt starts later than this after the first; a longer wait the platform asks for is given up at once. */
  budgetMs: number;
  maxAttempts: number;
};

// Enough to ride out a short rate limit or a brief outage (backing off 0.25 s, 0.5 s, … 4 s, about 24 s over ten
// attempts); an answer later than half a minute has lost its asker, so the budget is the bound that matters.
export const PATIENCE: Patience = { budgetMs: 30_000, maxAttempts: 10 };

export type RetryRules = Patience & {
  /** Aborted when the front end stops: waiting ends at once and the reply is given up. */
  signal: AbortSignal;
};

/** How long to wait before the attempt after `attempt` when the platform names no time: 0.25 s, 0.5 s, 1 s, … up to 4 s. */
export function backoff(attempt: number): number {
  return Math.min(4_000, 250 * 2 ** (attempt - 1));
}

/**
 * Runs `attempt` until `judge` finds its outcome final (a value is returned, an error rethrown) or the rules
 * run out, then throws GaveUp. A wait the platform asks for is honoured, but only within the budget: one
 * that would end past it is given up at once rather than slept through.
 */
export async function retry<T>(
  attempt: () => Promise<T>,
  judge: (outcome: Outcome<T>, attempts: number) => Wait | undefined,
  rules: RetryRules,
): Promise<T> {
  const { budgetMs, maxAttempts, signal } = rules;
  const started = Date.now();
  for (let attempts = 1; ; attempts++) {
    if (signal.aborted) throw new GaveUp("stopped before it could be sent", attempts - 1);
    const outcome: Outcome<T> = await attempt().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (signal.aborted) throw new GaveUp("stopped before it could be sent", attempts, { cause: outcome.ok ? undefined : outcome.error });
    const wait = judge(outcome, attempts);
    if (!wait) {
      if (outcome.ok) return outcome.value;
      throw outcome.error;
    }
    const cause = outcome.ok ? undefined : outcome.error;
    if (attempts >= maxAttempts) throw new GaveUp(wait.reason, attempts, { cause });
    if (Date.now() + wait.afterMs - started > budgetMs) {
      throw new GaveUp(`${wait.reason}; waiting ${seconds(wait.afterMs)} would pass the ${seconds(budgetMs)} allowed`, attempts, { cause });
    }
    try {
      await sleep(wait.afterMs, undefined, { signal });
    } catch {
      throw new GaveUp("stopped before it could be sent", attempts, { cause });
    }
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
