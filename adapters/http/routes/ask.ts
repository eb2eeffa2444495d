import type { Pipeline, RateLimit } from "../../runtime/pipeline.js";
import { describeIssue, NOT_JSON, toOutput } from "../../wire.js";
import type { ApiKeys } from "../api-keys.js";
import { AskRequest } from "../api-schema.js";
import type { Route } from "../app.js";
import { readJsonRequest } from "../json-request.js";
import { rateLimitHeaders, refuseTooMany } from "../rate-limit-headers.js";
import { refuse } from "../refuse.js";

export const ASK_PATH = "/v1/ask";

export type AskOptions = {
  /** The pipeline of the "api" channel, its rate limit counted per key. */
  ask: Pipeline;
  keys: ApiKeys;
  /** The pipeline's rate limit, for the RateLimit header fields. */
  rateLimit: RateLimit;
};

/** POST /v1/ask: one question in, the reply object of one `batch` line out. */
export function askRoute({ ask, keys, rateLimit }: AskOptions): Route {
  return {
    method: "POST",
    path: ASK_PATH,
    async handle(c) {
      const received = await readJsonRequest(c, keys, NOT_JSON);
      if (received instanceof Response) return received;
      const { key, input } = received;
      const read = AskRequest.safeParse(input);
      if (!read.success) return refuse(c, 400, describeIssue(read.error.issues));
      const { conversation, text } = read.data;
      // Each key has conversations of its own, so two clients using the same conversation name never share context.
      // A question without one stands alone, and the store never sees it.
      const outcome = await ask(key, { text, conversationId: conversation === undefined ? undefined : `api:${key}:${conversation}` });
      if (outcome.kind === "refused") return refuseTooMany(c, outcome.retryInMs, "too many questions with this key", rateLimit);
      // An apology is a reply like any other; it has no id to vote on.
      return c.json({ ...toOutput(conversation ?? null, text, outcome.reply), id: outcome.kind === "reply" ? outcome.id : null }, 200, rateLimitHeaders(rateLimit, outcome.quota));
    },
  };
}
