import type { RequestListener } from "node:http";
import type { Logger } from "../log.js";

// Bolt rejects requests signed more than five minutes ago but not ones dated later than now, and a request
// signed for the future stays replayable until that time has passed. This runs before Bolt reads the request,
// so such a request gets the same 401 as a bad signature and is never acknowledged.
const TOLERANCE_SECONDS = 5 * 60;

export function rejectFutureTimestamps(next: RequestListener, logger: Logger): RequestListener {
  return (request, response) => {
    const timestamp = Number(request.headers["x-slack-request-timestamp"]);
    if (Number.isFinite(timestamp) && timestamp > Date.now() / 1000 + TOLERANCE_SECONDS) {
      logger.warn("Rejected a request dated more than five minutes in the future");
      request.resume();
      response.writeHead(401).end();
      return;
    }
    next(request, response);
  };
}
