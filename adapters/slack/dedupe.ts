import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { createRecentKeys, type RecentKeys } from "../../src/index.js";

// Slack resends an event it thinks was not delivered (X-Slack-Retry-Num) at once, after a minute and after five
// minutes, so an event id is remembered for fifteen. At a hundred events a second that is 90,000 ids, a few MB;
// the ceiling only matters far beyond that.
const REMEMBER_MS = 15 * 60_000;
const MAX_REMEMBERED = 250_000;

/** Global middleware that lets each event_id through once; commands and button presses have none and always pass. */
export function answerEachEventOnce(
  seen: RecentKeys = createRecentKeys({ ttlMs: REMEMBER_MS, maxKeys: MAX_REMEMBERED }),
): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const id = "event_id" in body && typeof body.event_id === "string" ? body.event_id : undefined;
    if (id !== undefined && !seen.firstSeen(id)) return;
    await next();
  };
}
