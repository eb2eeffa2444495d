import type { StoreHealth } from "../../../src/index.js";
import type { ChannelStates } from "../../runtime/channel.js";
import type { Route } from "../app.js";

export const HEALTH_PATH = "/healthz";

/**
 * GET /healthz: 503 while a configured channel is not connected, else 200. A store that cannot be reached makes the
 * status "degraded" but keeps the 200: the advisor still answers (without shared context), and a load balancer or
 * orchestrator that took every replica out, or restarted them all, because Redis is away would turn a partial
 * outage into a full one. The body says which channel or store is at fault.
 */
export function healthRoute(states: ChannelStates, knowledge: () => { version: string }, store: () => StoreHealth): Route {
  return {
    method: "GET",
    path: HEALTH_PATH,
    handle(c) {
      const healthy = states.healthy();
      const { status: storeStatus, backend } = store();
      const status = !healthy ? "unavailable" : storeStatus === "ok" ? "ok" : "degraded";
      return c.json({ status, channels: states.all(), store: { status: storeStatus, backend }, knowledge: { version: knowledge().version } }, healthy ? 200 : 503);
    },
  };
}
