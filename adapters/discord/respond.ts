import { APOLOGY, SLOW_DOWN, type Advisor, type Question, type RateLimiter } from "../../src/index.js";
import type { Logger } from "../log.js";
import { renderNotice, renderReply, type DiscordMessage } from "./render.js";

export type Response = {
  messages: DiscordMessage[];
  /** A word about the bot rather than an answer (slow down, apology): shown only to the asker where Discord allows it. */
  notice: boolean;
};

export type Responder = (userId: string, question: Question, asked?: string) => Response;

/** Turns a question into the messages that answer it; never throws, whatever the advisor does. */
export function createResponder(advisor: Advisor, limiter: RateLimiter, logger: Logger): Responder {
  return (userId, question, asked) => {
    // Checked before the advisor runs, so someone over the limit costs nothing but this reply.
    if (!limiter.take(userId)) return { messages: [renderNotice(SLOW_DOWN)], notice: true };
    try {
      const messages = renderReply(advisor.ask(question), asked);
      if (!messages.length) throw new Error("the advisor's reply has no text");
      return { messages, notice: false };
    } catch (error) {
      logger.error("answering a question failed", error);
      return { messages: [renderNotice(APOLOGY)], notice: true };
    }
  };
}
