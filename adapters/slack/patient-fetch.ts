import { backoff, retry, type Outcome, type Wait } from "../retry.js";

export type Patience = {
  /** One attempt that has not answered by then is abandoned and tried again. */
  attemptTimeoutMs: number;
  /** No attempt starts later than this after the first; a longer Retry-After is given up at once. */
  budgetMs: number;
  maxAttempts: number;
};

// Enough to ride out a short rate limit or a brief outage (backing off 0.25 s, 0.5 s, … 4 s, about 24 s over ten
// attempts); an answer later than half a minute has lost its asker, so the budget is the bound that matters.
export const PATIENCE: Patience = { attemptTimeoutMs: 4_000, budgetMs: 30_000, maxAttempts: 10 };

/**
 * The fetch every Slack request goes through, Web API calls and posts to response_urls alike: 429 waits out
 * its Retry-After, 5xx, timeouts and network errors back off, all within PATIENCE, and everything stops at
 * once when `stopping` is aborted. When it gives up it throws GaveUp with the reason; no other retry applies.
 */
export function patientFetch(stopping: AbortSignal, patience: Patience = PATIENCE): typeof fetch {
  return (url, init) =>
    retry(
      async () => {
        const signals = [AbortSignal.timeout(patience.attemptTimeoutMs), stopping, ...(init?.signal ? [init.signal] : [])];
        const response = await fetch(url, { ...init, signal: AbortSignal.any(signals) });
        // Read to the end so the connection is free for the next attempt.
        if (retryable(response.status)) await response.arrayBuffer().catch(() => undefined);
        return response;
      },
      (outcome, attempts) => judge(outcome, attempts, init?.signal),
      { budgetMs: patience.budgetMs, maxAttempts: patience.maxAttempts, signal: stopping },
    );
}

const retryable = (status: number) => status === 429 || status >= 500;

function judge(outcome: Outcome<Response>, attempts: number, callerSignal: AbortSignal | null | undefined): Wait | undefined {
  if (outcome.ok) {
    const { status, headers } = outcome.value;
    if (status === 429) {
      const seconds = Number(headers.get("retry-after"));
      return Number.isFinite(seconds) && seconds >= 0 && headers.has("retry-after")
        ? { afterMs: seconds * 1000, reason: `rate limited (Retry-After: ${seconds} s)` }
        : { afterMs: backoff(attempts), reason: "rate limited" };
    }
    return status >= 500 ? { afterMs: backoff(attempts), reason: `HTTP ${status}` } : undefined;
  }
  if (callerSignal?.aborted) return undefined;
  const { error } = outcome;
  if (error instanceof DOMException && error.name === "TimeoutError") return { afterMs: backoff(attempts), reason: "no answer in time" };
  if (error instanceof TypeError) {
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    return { afterMs: backoff(attempts), reason: `network error${typeof code === "string" ? ` (${code})` : ""}` };
  }
  return undefined;
}
