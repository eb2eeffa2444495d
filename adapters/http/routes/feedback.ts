import type { Store, VoteBook } from "../../../src/index.js";
import type { RateLimit } from "../../runtime/pipeline.js";
import { describeIssue } from "../../wire.js";
import type { ApiKeys } from "../api-keys.js";
import { FeedbackRequest } from "../api-schema.js";
import type { Route } from "../app.js";
import { readJsonRequest } from "../json-request.js";
import { rateLimitHeaders, refuseTooMany } from "../rate-limit-headers.js";
import { refuse } from "../refuse.js";

export const FEEDBACK_PATH = "/v1/feedback";

export const FEEDBACK_NOT_JSON = 'not valid JSON; expected {"reply": string, "vote": "helpful" | "not-helpful", "voter"?: string}';

export type FeedbackOptions = {
  votes: VoteBook;
  keys: ApiKeys;
  store: Pick<Store, "rateLimiter">;
  /** Votes per key, counted apart from its questions. */
  rateLimit: RateLimit;
};

/** POST /v1/feedback: a vote on a reply of POST /v1/ask, once per voter and reply; a second vote the other way changes it. */
export function feedbackRoute({ votes, keys, store, rateLimit }: FeedbackOptions): Route {
  const limiter = store.rateLimiter({ name: "api-feedback", ...rateLimit });
  return {
    method: "POST",
    path: FEEDBACK_PATH,
    async handle(c) {
      const received = await readJsonRequest(c, keys, FEEDBACK_NOT_JSON);
      if (received instanceof Response) return received;
      const parsed = FeedbackRequest.safeParse(received.input);
      if (!parsed.success) return refuse(c, 400, describeIssue(parsed.error.issues));
      const admission = await limiter.take(received.key);
      if (!admission.allowed) return refuseTooMany(c, admission.retryInMs, "too many votes with this key", rateLimit);
      const headers = rateLimitHeaders(rateLimit, admission);
      const { reply, vote, voter } = parsed.data;
      // Each key's voters are its own: two clients' "user-1" are two people.
      const outcome = await votes.vote(reply, `api:${received.key}:${voter ?? ""}`, vote);
      if (outcome === "unknown-reply") return c.json({ error: "no reply with that id: it is mistyped, or older than seven days" }, 404, headers);
      if (outcome === "unavailable") return refuse(c, 503, "the vote could not be saved just now; retry shortly", { "retry-after": "5", ...headers });
      return c.json({ reply, vote, outcome }, 200, headers);
    },
  };
}
