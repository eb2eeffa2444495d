import { GaveUp } from "../retry.js";
import type { Logger } from "../log.js";

/**
 * Logs a reply that never reached Slack with where it was going and why, never what it said. The Web API
 * client wraps what its fetch threw in `original`; respond() throws it as it is.
 */
export function reportUndelivered(logger: Logger, channel: string, error: unknown): void {
  const original = (error as { original?: unknown } | undefined)?.original;
  const gaveUp = error instanceof GaveUp ? error : original instanceof GaveUp ? original : undefined;
  if (gaveUp) logger.error(`Gave up a reply in ${channel}: ${gaveUp.message}`);
  else logger.error(`A reply in ${channel} could not be sent`, error);
}
