import { APOLOGY, type Reply } from "../../../src/index.js";
import type { Pipeline, RateLimit } from "../../pipeline.js";
import { NOT_JSON, readBatchLine, toOutput } from "../../terminal/batch.js";
import type { ApiKeys } from "../api-keys.js";
import { BODY_LIMIT } from "../api-schema.js";
import { readBody } from "../body.js";
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
      const key = keys.identify(request.headers.authorization);
      if (!key) {
        sendJson(response, 401, { error: "missing or unknown API key; send Authorization: Bearer <key>, a key from API_KEYS" }, { "www-authenticate": "Bearer" });
        return;
      }
      const body = await readBody(request, BODY_LIMIT);
      if (!body.ok) {
        sendJson(response, 413, { error: `the body is larger than ${BODY_LIMIT / 1024} KB` }, { connection: "close" });
        return;
      }
      let input: unknown;
      try {
        input = JSON.parse(body.text);
      } catch {
        sendJson(response, 400, { error: NOT_JSON });
        return;
      }
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
        const retryAfter = String(Math.max(1, Math.ceil(outcome.retryInMs / 1000)));
        sendJson(response, 429, { error: `too many questions with this key; retry after ${retryAfter} s` }, { "retry-after": retryAfter });
        return;
      }
      // An apology is a reply like any other, as the engine itself gives one when it fails.
      const reply: Reply = outcome.kind === "reply" ? outcome.reply : { kind: "fallback", text: APOLOGY, sources: [], suggestions: [] };
      sendJson(response, 200, toOutput(conversation ?? null, text, reply));
    },
  };
}
