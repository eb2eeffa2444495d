import { randomUUID } from "node:crypto";
import { createRateLimiter, type Advisor, type RateLimitOptions } from "../../../src/index.js";
import { NOT_JSON, readBatchLine, toOutput } from "../../terminal/batch.js";
import type { ApiKeys } from "../api-keys.js";
import { BODY_LIMIT } from "../api-schema.js";
import { readBody } from "../body.js";
import { sendJson } from "../json.js";
import type { Route } from "../router.js";

export const ASK_PATH = "/v1/ask";

// Per key: a website or an LMS funnels many people through one key, so the limit is higher than a chat user's.
export const API_RATE_LIMIT: RateLimitOptions = { burst: 60, refillMs: 500 };

export type AskOptions = {
  advisor: Advisor;
  keys: ApiKeys;
  rateLimit?: RateLimitOptions;
  onRateLimited?: () => void;
};

/** POST /v1/ask: one question in, the reply object of one `batch` line out. */
export function askRoute({ advisor, keys, rateLimit = API_RATE_LIMIT, onRateLimited }: AskOptions): Route {
  const limiter = createRateLimiter(rateLimit);
  // A key that has spent its burst earns the next question within one refill.
  const retryAfter = String(Math.max(1, Math.ceil(rateLimit.refillMs / 1000)));
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
      if (!limiter.take(key)) {
        onRateLimited?.();
        sendJson(response, 429, { error: `too many questions with this key; retry after ${retryAfter} s` }, { "retry-after": retryAfter });
        return;
      }
      const { conversation, text } = read.value;
      // Each key has conversations of its own, so two clients using the same conversation name never share context.
      const conversationId = `api:${key}:${conversation ?? randomUUID()}`;
      const reply = advisor.ask({ text, conversationId });
      // A question without a conversation stands alone: remembering it would only push real conversations out.
      if (!conversation) advisor.forget(conversationId);
      sendJson(response, 200, toOutput(conversation ?? null, text, reply));
    },
  };
}
