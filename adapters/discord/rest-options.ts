import type { RESTOptions } from "discord.js";

// The library waits up to 15 s per attempt, retries three times and sits out any rate limit; a chat
// reply that late is worthless, so every request is sent or given up within about ten seconds.
const TIMEOUT_MS = 4_000;
const RETRIES = 1;
const LONGEST_RATE_LIMIT_WAIT_MS = 2_000;

export function restOptions(api: string): Partial<RESTOptions> {
  return {
    api,
    version: "10",
    timeout: TIMEOUT_MS,
    retries: RETRIES,
    rejectOnRateLimit: (limit) => limit.retryAfter > LONGEST_RATE_LIMIT_WAIT_MS,
  };
}
