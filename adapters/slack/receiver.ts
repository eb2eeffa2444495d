import { HTTPReceiver, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../log.js";
import { rejectFutureTimestamps } from "./future-timestamp.js";
import { EVENTS_PATH, HEALTH_PATH } from "./surface.js";

/** HTTP mode: Slack posts to EVENTS_PATH; a load balancer or uptime check can GET HEALTH_PATH. */
export function createHttpReceiver(signingSecret: string, logger: Logger, boltLogger: BoltLogger): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret,
    // Never off: a request Slack did not sign gets 401 and reaches no listener (tests/slack/signature.test.ts).
    signatureVerification: true,
    // Answer Slack as soon as ack() is called; the advisor runs afterwards, so the 3-second limit is always met.
    processBeforeResponse: false,
    endpoints: EVENTS_PATH,
    logger: boltLogger,
    customRoutes: [
      {
        path: HEALTH_PATH,
        method: "GET",
        handler: (_request, response) => {
          response.writeHead(200, { "content-type": "application/json" });
          response.end(JSON.stringify({ ok: true }));
        },
      },
    ],
  });
  // The receiver calls this property for every request, so the extra check runs ahead of Bolt's own.
  receiver.requestListener = rejectFutureTimestamps(receiver.requestListener, logger);
  return receiver;
}

