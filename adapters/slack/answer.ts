import type { Advisor, Question, RateLimiter, RecentKeys, Reply } from "../../src/index.js";
import type { Logger } from "../log.js";

/** `ignored`: someone over the rate limit who has already been told so in this window; nothing is sent. */
export type Outcome = { kind: "reply"; reply: Reply } | { kind: "slow-down" } | { kind: "ignored" } | { kind: "apology" };

export type Answerer = (user: string, question: Question) => Outcome;

/**
 * Asks the advisor for one person, unless they are over the rate limit: then they are told once per window
 * (`told`) and otherwise ignored, so a flood costs one notice. A failing advisor becomes an apology, never a crash.
 */
export function createAnswerer(advisor: Advisor, limiter: RateLimiter, told: RecentKeys, logger: Logger): Answerer {
  return (user, question) => {
    if (!limiter.take(user)) return told.firstSeen(user) ? { kind: "slow-down" } : { kind: "ignored" };
    try {
      return { kind: "reply", reply: advisor.ask(question) };
    } catch (error) {
      logger.error("The advisor failed to answer", error);
      return { kind: "apology" };
    }
  };
}
