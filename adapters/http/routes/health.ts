import type { ChannelStates } from "../../serve/channel.js";
import { sendJson } from "../json.js";
import type { Route } from "../router.js";

export const HEALTH_PATH = "/healthz";

/** GET /healthz: 200 while every configured channel is connected, 503 while one is not; the body says which. */
export function healthRoute(states: ChannelStates, knowledge: () => { version: string }): Route {
  return {
    method: "GET",
    path: HEALTH_PATH,
    handle(_, response) {
      const healthy = states.healthy();
      sendJson(response, healthy ? 200 : 503, { status: healthy ? "ok" : "unavailable", channels: states.all(), knowledge: { version: knowledge().version } });
    },
  };
}
