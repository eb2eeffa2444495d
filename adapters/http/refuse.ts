import type { HttpBindings } from "@hono/node-server";
import type { Context } from "hono";
import type { ServerResponse } from "node:http";

export type ApiEnv = { Bindings: HttpBindings };

/** The statuses a request is turned away with; each one is logged once, with its reason. */
export const REFUSALS = new Set([400, 401, 413, 415, 429, 503]);
export type RefusalStatus = 400 | 401 | 413 | 415 | 429 | 503;

// The server logs a refusal once its response is sent; this is how it learns why, without reading the body.
const reasons = new WeakMap<ServerResponse, string>();

export const refusalReason = (response: ServerResponse): string | undefined => reasons.get(response);

/** Answers `{ "error": message }` with `status`, and keeps the message as the reason the log line gives. */
export function refuse(c: Context<ApiEnv>, status: RefusalStatus, error: string, headers?: Record<string, string>): Response {
  if (c.env?.outgoing) reasons.set(c.env.outgoing, error);
  return c.json({ error }, status, headers);
}

/** The same, for the server itself, before any route has the request. */
export function refuseRaw(response: ServerResponse, status: RefusalStatus, error: string, headers: Record<string, string> = {}): void {
  reasons.set(response, error);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  response.end(JSON.stringify({ error }));
}
