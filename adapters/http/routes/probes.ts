import type { Route } from "../app.js";

export const LIVE_PATH = "/livez";
export const READY_PATH = "/readyz";

/** GET /livez: the process answers at all. Nothing it waits on (a Discord reconnect, Redis) fails it, so a restart never cures an outage elsewhere. */
export function liveRoute(): Route {
  return { method: "GET", path: LIVE_PATH, handle: (c) => c.json({ status: "live" }) };
}

/**
 * GET /readyz: the process can answer a request sent to it now. The server listens only once the knowledge has
 * loaded, so what remains is whether it is stopping: it turns 503 the moment SIGTERM arrives, so that a load
 * balancer sends the next request elsewhere.
 */
export function readyRoute(stopping: () => boolean, knowledge: () => { version: string }): Route {
  return {
    method: "GET",
    path: READY_PATH,
    handle(c) {
      const ready = !stopping();
      return c.json({ status: ready ? "ready" : "stopping", knowledge: { version: knowledge().version } }, ready ? 200 : 503);
    },
  };
}
