import type { Context } from "hono";
import type { Quota, RateLimit } from "../runtime/pipeline.js";
import { refuse, type ApiEnv } from "./refuse.js";

/** The IETF RateLimit header fields (draft 6 form, as most clients read them): the policy and what is left of the window. */
export function rateLimitHeaders({ points, windowMs }: RateLimit, quota: Quota | undefined): Record<string, string> {
  if (!quota) return {};
  return {
    "ratelimit-policy": `${points};w=${Math.round(windowMs / 1000)}`,
    "ratelimit-limit": String(points),
    "ratelimit-remaining": String(quota.remaining),
    "ratelimit-reset": String(Math.ceil(quota.resetInMs / 1000)),
  };
}

/** 429 with Retry-After in whole seconds and, given the limit, the RateLimit fields saying nothing is left. */
export function refuseTooMany(c: Context<ApiEnv>, retryInMs: number, what: string, limit?: RateLimit): Response {
  const retryAfter = String(Math.max(1, Math.ceil(retryInMs / 1000)));
  const headers = limit ? rateLimitHeaders(limit, { remaining: 0, resetInMs: retryInMs }) : {};
  return refuse(c, 429, `${what}; retry after ${retryAfter} s`, { "retry-after": retryAfter, ...headers });
}
