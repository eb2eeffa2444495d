import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Store } from "../../src/index.js";

/**
 * Global middleware that lets each event_id through once across every process sharing the store: Slack resends an
 * event it thinks was not delivered (X-Slack-Retry-Num), and behind a load balancer the resend may reach another
 * process. Commands and button presses have no event id and always pass.
 */
export function answerEachEventOnce(events: Store["events"]): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const id = "event_id" in body && typeof body.event_id === "string" ? body.event_id : undefined;
    if (id !== undefined && !(await events.claim(`slack:event:${id}`))) return;
    await next();
  };
}
