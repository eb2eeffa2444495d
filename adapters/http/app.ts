import { Hono, type Context } from "hono";
import type { Logger } from "../log.js";
import type { ApiEnv } from "./refuse.js";

export type Handler = (c: Context<ApiEnv>) => Response | Promise<Response>;

/** One route, in a module of its own (routes/*.ts); adding an endpoint adds a module and one line where they are listed. A GET route answers HEAD too. */
export type Route = { method: "GET" | "POST"; path: string; handle: Handler };

export function createApp(routes: readonly Route[], logger: Logger): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  for (const route of routes) app.on(route.method, route.path, route.handle);
  for (const path of new Set(routes.map((route) => route.path))) {
    const allow = routes.filter((route) => route.path === path).map((route) => route.method);
    app.all(path, (c) => c.json({ error: `use ${allow.join(" or ")} for ${path}` }, 405, { allow: allow.join(", ") }));
  }
  app.notFound((c) => c.json({ error: `no such endpoint: ${c.req.path}` }, 404));
  app.onError((error, c) => {
    // A client that went away mid-body is no failure of ours.
    if (!c.env?.incoming?.errored) logger.error(`${c.req.method} ${c.req.path} failed`, error);
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}
