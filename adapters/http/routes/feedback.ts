import type { StoreRateLimiter, VoteBook } from "../../../src/index.js";
import type { ApiKeys } from "../api-keys.js";
import { FeedbackRequest } from "../api-schema.js";
import { readJsonRequest, sendTooMany } from "../json-request.js";
import { sendJson } from "../json.js";
import type { Route } from "../router.js";

export const FEEDBACK_PATH = "/v1/feedback";

export const FEEDBACK_NOT_JSON = 'not valid JSON; expected {"reply": string, "vote": "helpful" | "not-helpful", "voter"?: string}';

export type FeedbackOptions = {
  votes: VoteBook;
  keys: ApiKeys;
  /** Votes per key, counted apart from its questions. */
  limiter: StoreRateLimiter;
};

/** POST /v1/feedback: a vote on a reply of POST /v1/ask, once per voter and reply; a second vote the other way changes it. */
export function feedbackRoute({ votes, keys, limiter }: FeedbackOptions): Route {
  return {
    method: "POST",
    path: FEEDBACK_PATH,
    async handle(request, response) {
      const received = await readJsonRequest(request, response, keys, FEEDBACK_NOT_JSON);
      if (!received) return;
      const parsed = FeedbackRequest.safeParse(received.input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        sendJson(response, 400, { error: `${issue?.path.join(".") || "(the body)"}: ${issue?.message ?? "invalid"}` });
        return;
      }
      const admission = await limiter.take(received.key);
      if (!admission.allowed) {
        sendTooMany(response, admission.retryInMs, "too many votes with this key");
        return;
      }
      const { reply, vote, voter } = parsed.data;
      // Each key's voters are its own: two clients' "user-1" are two people.
      const outcome = await votes.vote(reply, `api:${received.key}:${voter ?? ""}`, vote);
      if (outcome === "unknown-reply") {
        sendJson(response, 404, { error: "no reply with that id: it is mistyped, or older than seven days" });
      } else if (outcome === "unavailable") {
        sendJson(response, 503, { error: "the vote could not be saved just now; retry shortly" }, { "retry-after": "5" });
      } else {
        sendJson(response, 200, { reply, vote, outcome });
      }
    },
  };
}
