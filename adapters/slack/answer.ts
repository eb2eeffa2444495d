import type { Advisor, Question, RateLimiter, Reply } from "../../src/index.js";
import type { Logger } from "../log.js";

export type Outcome = { kind: "reply"; reply: Reply } | { kind: "slow-down" } | { kind: "apology" };

export type Answerer = (user: string, question: Question) => Outcome;

/** Asks the advisor for one person, unless they are over the rate limit; a failing advisor becomes an apology, never a crash. */
export function createAnswerer(advisor: Advisor, limiter: RateLimiter, logger: Logger): Answerer {
  return (user, question) => {
    if (!limiter.take(user)) return { kind: "slow-down" };
    try {
      return { kind: "reply", reply: advisor.ask(question) };
    } catch (error) {
      logger.error("The advisor failed to answer", error);
      return { kind: "apology" };
    }
  };
}
