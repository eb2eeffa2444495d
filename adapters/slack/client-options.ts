import type { Logger as BoltLogger, webApi } from "@slack/bolt";
import { patientFetch, type Patience } from "./patient-fetch.js";

/**
 * @slack/web-api would retry a failed call up to ten times over about half an hour, and Bolt's respond() not at
 * all; both send through patientFetch instead, so one policy (PATIENCE) decides for every request.
 */
export function boundedClientOptions(slackApiUrl: string | undefined, logger: BoltLogger, stopping: AbortSignal, patience?: Patience): webApi.WebClientOptions {
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
