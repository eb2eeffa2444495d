import { randomBytes } from "node:crypto";

/**
 * A reply's id: 16 URL-safe characters from 96 random bits, unique without coordination between
 * processes and short enough for a Discord button's custom id or a Slack action value.
 */
export function newReplyId(): string {
  return randomBytes(12).toString("base64url");
}
