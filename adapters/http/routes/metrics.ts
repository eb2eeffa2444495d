import type { Registry } from "prom-client";
import type { Route } from "../router.js";

export const METRICS_PATH = "/metrics";

/** GET /metrics, in Prometheus text format. */
export function metricsRoute(registry: Registry): Route {
  return {
    method: "GET",
    path: METRICS_PATH,
    async handle(_, response) {
      const text = await registry.metrics();
      response.writeHead(200, { "content-type": registry.contentType });
      response.end(text);
    },
  };
}
