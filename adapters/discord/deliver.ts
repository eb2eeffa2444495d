import { HTTPError, RateLimitError } from "discord.js";
import { backoff, type Outcome, type Wait } from "../retry.js";

const NETWORK_ERRORS = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT"]);

/** Why a failed request is worth trying again and after how long, or nothing when trying again cannot help. */
export function transient(outcome: Outcome<unknown>, attempts: number): Wait | undefined {
  if (outcome.ok) return undefined;
  const { error } = outcome;
  if (error instanceof RateLimitError) {
    const seconds = Number((error.retryAfter / 1000).toFixed(1));
    return { afterMs: error.retryAfter, reason: `rate limited${error.global ? " (global)" : ""} for ${seconds} s` };
  }
  if (error instanceof HTTPError && error.status >= 500) return { afterMs: backoff(attempts), reason: `HTTP ${error.status}` };
  if (!(error instanceof Error)) return undefined;
  if (error.name === "AbortError") return { afterMs: backoff(attempts), reason: "no answer in time" };
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  if (typeof code === "string" && NETWORK_ERRORS.has(code)) return { afterMs: backoff(attempts), reason: `network error (${code})` };
  return undefined;
}

