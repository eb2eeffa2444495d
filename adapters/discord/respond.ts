import { APOLOGY, type Advisor, type Question, type RateLimiter, type RecentKeys } from "../../src/index.js";
import type { Logger } from "../log.js";
import { renderNotice, renderReply, type DiscordMessage } from "./render.js";

/**
 * `slow-down`: over the rate limit, and not yet told so in this window; `ignored`: over it and told already,
 * so a flood costs one notice. An apology is a word about the bot rather than an answer.
 */
export type Response =
  | { kind: "answer"; messages: DiscordMessage[] }
  | { kind: "apology"; messages: DiscordMessage[] }
  | { kind: "slow-down" }
  | { kind: "ignored" };

export type Responder = (userId: string, question: Question, asked?: string) => Response;

/** Turns a question into the messages that answer it; never throws, whatever the advisor does. */
export function createResponder(advisor: Advisor, limiter: RateLimiter, told: RecentKeys, logger: Logger): Responder {
  return (userId, question, asked) => {
    // Checked before the advisor runs, so someone over the limit costs nothing but, once, a notice.
    if (!limiter.take(userId)) return told.firstSeen(userId) ? { kind: "slow-down" } : { kind: "ignored" };
    try {
      const messages = renderReply(advisor.ask(question), asked);
      if (!messages.length) throw new Error("the advisor's reply has no text");
      return { kind: "answer", messages };
    } catch (error) {
      logger.error("answering a question failed", error);
      return { kind: "apology", messages: [renderNotice(APOLOGY)] };
    }
  };
}
