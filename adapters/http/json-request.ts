import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiKeys } from "./api-keys.js";
import { BODY_LIMIT } from "./api-schema.js";
import { readBody } from "./body.js";
import { sendJson } from "./json.js";

/**
 * What every API route checks first: a known key, a body within the limit, and JSON in it. Answers the request itself
 * (401, 413, 400 with `notJson`) when one fails, and then resolves to nothing.
 */
export async function readJsonRequest(
  request: IncomingMessage,
  response: ServerResponse,
  keys: ApiKeys,
  notJson: string,
): Promise<{ key: string; input: unknown } | undefined> {
  const key = keys.identify(request.headers.authorization);
  if (!key) {
    sendJson(response, 401, { error: "missing or unknown API key; send Authorization: Bearer <key>, a key from API_KEYS" }, { "www-authenticate": "Bearer" });
    return undefined;
  }
  const body = await readBody(request, BODY_LIMIT);
  if (!body.ok) {
    sendJson(response, 413, { error: `the body is larger than ${BODY_LIMIT / 1024} KB` }, { connection: "close" });
    return undefined;
  }
  try {
    return { key, input: JSON.parse(body.text) };
  } catch {
    sendJson(response, 400, { error: notJson });
    return undefined;
  }
}

/** 429 with Retry-After in whole seconds. */
export function sendTooMany(response: ServerResponse, retryInMs: number, what: string): void {
  const retryAfter = String(Math.max(1, Math.ceil(retryInMs / 1000)));
  sendJson(response, 429, { error: `${what}; retry after ${retryAfter} s` }, { "retry-after": retryAfter });
}
