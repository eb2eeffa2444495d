import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

// Slack resends an event when it thinks delivery failed (X-Slack-Retry-Num), and its retries come within minutes,
// so remembering the latest few thousand event ids is enough to answer each event once.
const REMEMBERED_EVENTS = 5_000;

/** Global middleware that lets each event_id through once; commands and button presses have none and always pass. */
export function answerEachEventOnce(): Middleware<AnyMiddlewareArgs> {
  const seen = new Set<string>();
  return async ({ body, next }) => {
    const id = "event_id" in body && typeof body.event_id === "string" ? body.event_id : undefined;
    if (id !== undefined) {
      if (seen.has(id)) return;
      seen.add(id);
      if (seen.size > REMEMBERED_EVENTS) seen.delete(seen.values().next().value as string);
    }
    await next();
  };
}
