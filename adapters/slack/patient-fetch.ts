import type { Logger as BoltLogger, webApi } from "@slack/bolt";
import { backoff, PATIENCE, retry, type Outcome, type Patience, type Wait } from "../retry.js";

export type SlackPatience = Patience & {
  /** One attempt that has not answered by then is abandoned and tried again. */
  attemptTimeoutMs: number;
};

export const SLACK_PATIENCE: SlackPatience = { ...PATIENCE, attemptTimeoutMs: 4_000 };

/**
 * @slack/web-api would retry a failed call up to ten times over about half an hour, and Bolt's respond() not at
 * all; both send through patientFetch instead, so one policy (SLACK_PATIENCE) decides for every request.
 */
export function boundedClientOptions(slackApiUrl: string | undefined, logger: BoltLogger, stopping: AbortSignal, patience?: SlackPatience): webApi.WebClientOptions {
  return {
    slackApiUrl,
    logger,
    // Each attempt has its own timeout inside patientFetch; the client's would cover all of them at once.
    timeout: 0,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: patientFetch(stopping, patience),
  };
}

/**
 * The fetch every Slack request goes through, Web API calls and posts to response_urls alike: 429 waits out
 * its Retry-After, 5xx, timeouts and network errors back off, all within SLACK_PATIENCE, and everything stops at
 * once when `stopping` is aborted. When it gives up it throws GaveUp with the reason; no other retry applies.
 */
function patientFetch(stopping: AbortSignal, patience: SlackPatience = SLACK_PATIENCE): typeof fetch {
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
      { ...patience, signal: stopping },
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
