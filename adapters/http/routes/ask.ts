import type { Pipeline, RateLimit } from "../../runtime/pipeline.js";
import { NOT_JSON, readBatchLine, toOutput } from "../../wire.js";
import type { ApiKeys } from "../api-keys.js";
import { readJsonRequest, sendTooMany } from "../json-request.js";
import { sendJson } from "../json.js";
import type { Route } from "../router.js";

export const ASK_PATH = "/v1/ask";

// Per key: a website or an LMS funnels many people through one key, so the limit is higher than a chat user's.
export const API_RATE_LIMIT: RateLimit = { points: 120, windowMs: 60_000 };

export type AskOptions = {
  /** The pipeline of the "api" channel, its rate limit counted per key. */
  ask: Pipeline;
  keys: ApiKeys;
};

/** POST /v1/ask: one question in, the reply object of one `batch` line out. */
export function askRoute({ ask, keys }: AskOptions): Route {
  return {
    method: "POST",
    path: ASK_PATH,
    async handle(request, response) {
      const received = await readJsonRequest(request, response, keys, NOT_JSON);
      if (!received) return;
      const { key, input } = received;
      const read = readBatchLine(input);
      if (!read.ok) {
        sendJson(response, 400, { error: read.error });
        return;
      }
      const { conversation, text } = read.value;
      // Each key has conversations of its own, so two clients using the same conversation name never share context.
      // A question without one stands alone, and the store never sees it.
      const outcome = await ask(key, { text, conversationId: conversation === undefined ? undefined : `api:${key}:${conversation}` });
      if (outcome.kind === "refused") {
        sendTooMany(response, outcome.retryInMs, "too many questions with this key");
        return;
      }
      // An apology is a reply like any other; it has no id to vote on.
      sendJson(response, 200, { ...toOutput(conversation ?? null, text, outcome.reply), id: outcome.kind === "reply" ? outcome.id : null });
    },
  };
}
