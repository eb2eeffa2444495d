import { DefaultRestOptions, type RESTOptions } from "discord.js";

// The library waits up to 15 s per attempt; a chat answer that late is worthless, and an interaction has
// three seconds in all, so one attempt gets far less and the retries are ours (see deliver.ts).
const TIMEOUT_MS = 2_500;

/** For one-off calls such as registering commands: the library's own retries and rate-limit waits apply. */
export function restOptions(api: string): Partial<RESTOptions> {
  return { api, version: "10", timeout: TIMEOUT_MS };
}

/**
 * For the bot: no retry and no rate-limit wait inside the library, so that every wait is decided in one place
 * (deliver.ts) against one budget, and `stopping` aborts whatever request is still out when the bot stops.
 */
export function botRestOptions(api: string, stopping: AbortSignal): Partial<RESTOptions> {
  return {
    ...restOptions(api),
    retries: 0,
    rejectOnRateLimit: () => true,
    makeRequest: (url, init) => DefaultRestOptions.makeRequest(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, stopping]) : stopping }),
  };
}
