import type { Context } from "hono";
import type { ApiKeys } from "./api-keys.js";
import { BODY_LIMIT } from "./api-schema.js";
import { refuse, type ApiEnv } from "./refuse.js";

/**
 * What every API route checks first: a known key, then the body as readJsonBody reads it. Resolves to the refusal
 * (401, or readJsonBody's) when one fails.
 */
export async function readJsonRequest(c: Context<ApiEnv>, keys: ApiKeys, notJson: string): Promise<{ key: string; input: unknown } | Response> {
  const key = keys.identify(c.req.header("authorization"));
  if (!key) return refuse(c, 401, "missing or unknown API key; send Authorization: Bearer <key>, a key from API_KEYS", { "www-authenticate": "Bearer" });
  const body = await readJsonBody(c, BODY_LIMIT, notJson);
  return body instanceof Response ? body : { key, input: body.input };
}

/** A JSON content type, a body within `limit` bytes, and JSON in it; else the refusal (415, 413, 400 with `notJson`). */
export async function readJsonBody(c: Context<ApiEnv>, limit: number, notJson: string): Promise<{ input: unknown } | Response> {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header("content-type") ?? "")) return refuse(c, 415, "send the body as JSON, with Content-Type: application/json");
  const text = await readLimited(c, limit);
  // The rest of an oversized body is never read, so the connection cannot carry another request.
  if (text === undefined) return refuse(c, 413, `the body is larger than ${limit / 1024} KB`, { connection: "close" });
  try {
    return { input: JSON.parse(text) };
  } catch {
    return refuse(c, 400, notJson);
  }
}

/** The body as text, or nothing as soon as it is known to be longer than `limit` bytes. */
async function readLimited(c: Context<ApiEnv>, limit: number): Promise<string | undefined> {
  if (Number(c.req.header("content-length") ?? 0) > limit) return undefined;
  const body = c.req.raw.body;
  if (!body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
