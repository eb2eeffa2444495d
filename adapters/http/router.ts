import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Logger } from "../log.js";
import { sendJson } from "./json.js";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** One route, in a module of its own (routes/*.ts); adding an endpoint adds a module and one line where they are listed. */
export type Route = { method: "GET" | "POST"; path: string; handle: Handler };

/** A whole path prefix handed to another listener, such as Slack's under /slack/. */
export type Mount = { prefix: string; handle: Handler };

export function createRouter(routes: readonly Route[], mounts: readonly Mount[], logger: Logger): RequestListener {
  return (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const mount = mounts.find(({ prefix }) => path.startsWith(prefix));
    const matching = routes.filter((route) => route.path === path);
    const route = matching.find(({ method }) => method === request.method);
    const handle: Handler | undefined =
      mount?.handle ??
      route?.handle ??
      (matching.length
        ? (_, res) => sendJson(res, 405, { error: `use ${matching.map((r) => r.method).join(" or ")} for ${path}` }, { allow: matching.map((r) => r.method).join(", ") })
        : (_, res) => sendJson(res, 404, { error: `no such endpoint: ${path}` }));
    Promise.resolve()
      .then(() => handle(request, response))
      .catch((error: unknown) => {
        logger.error(`${request.method} ${path} failed`, error);
        if (!response.headersSent) sendJson(response, 500, { error: "internal error" });
        else response.destroy();
      });
  };
}
