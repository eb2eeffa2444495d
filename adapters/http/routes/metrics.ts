import type { Registry } from "prom-client";
import { createApiKeys } from "../api-keys.js";
import type { Route } from "../app.js";
import { refuse } from "../refuse.js";

export const METRICS_PATH = "/metrics";

/** GET /metrics, in Prometheus text format; with a token (METRICS_TOKEN), only for `Authorization: Bearer <token>`. */
export function metricsRoute(registry: Registry, token?: string): Route {
  const scrapers = token === undefined ? undefined : createApiKeys([token]);
  return {
    method: "GET",
    path: METRICS_PATH,
    async handle(c) {
      if (scrapers && !scrapers.identify(c.req.header("authorization"))) {
        return refuse(c, 401, "missing or wrong token; send Authorization: Bearer <token>, the token in METRICS_TOKEN", { "www-authenticate": "Bearer" });
      }
      return c.body(await registry.metrics(), 200, { "content-type": registry.contentType });
    },
  };
}
