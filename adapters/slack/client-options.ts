import type { Logger as BoltLogger, webApi } from "@slack/bolt";

// @slack/web-api retries a failed call up to ten times over about half an hour by default. An answer that late
// is worse than none, so every call, and every post to a response_url, is sent or given up within seconds.
const REQUEST_TIMEOUT_MS = 4_000;

export function boundedClientOptions(slackApiUrl: string | undefined, logger: BoltLogger): webApi.WebClientOptions {
  return {
    slackApiUrl,
    logger,
    timeout: REQUEST_TIMEOUT_MS,
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1_000 },
    rejectRateLimitedCalls: true,
    // Bolt's respond() posts to response_urls with this fetch, outside the client's own timeout.
    fetch: (url, init) => fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
  };
}
