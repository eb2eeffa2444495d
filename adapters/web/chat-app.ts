import { Hono, type Context } from "hono";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import type { StoreRateLimiter } from "../../src/index.js";
import type { ApiEnv } from "../http/refuse.js";
import type { Logger } from "../log.js";
import type { Pipeline } from "../runtime/pipeline.js";
import { askHandler } from "./ask.js";
import { readAsset, type Asset } from "./assets.js";
import { createOriginPolicy } from "./origins.js";
import { chatPage, type Greeting } from "./page.js";

export const WEB_CHAT_PATH = "/chat";

export type WebChatOptions = {
  /** The "web" channel's pipeline; its own rate limit counts per visitor. */
  ask: Pipeline;
  /** The sites that may embed the chat and call its API. */
  origins: readonly string[];
  /** Counted per origin. */
  rateLimiter: StoreRateLimiter;
  logger: Logger;
  /** Read for every page, so an edit to the knowledge shows on the next load. */
  greeting: () => Greeting;
};

/**
 * The web chat under /chat: the page, its stylesheet and script, the embed script, and the API the page asks. Nothing
 * but this server's own files runs on the page, and only this server and the listed sites may frame it.
 */
export function createWebChat({ ask, origins, rateLimiter, logger, greeting }: WebChatOptions): Hono<ApiEnv> {
  const policy = createOriginPolicy(origins);
  const files = { style: readAsset("chat.css"), script: readAsset("chat.js"), embed: readAsset("embed.js") };
  const app = new Hono<ApiEnv>().basePath(WEB_CHAT_PATH);
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        connectSrc: ["'self'"],
        imgSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: policy.frameAncestors,
      },
      // frame-ancestors says who may frame the page; X-Frame-Options would forbid every other site.
      xFrameOptions: false,
      // HTTPS is the operator's proxy's to insist on, for the whole host.
      strictTransportSecurity: false,
      // The embed script sets its own, as other sites load it.
      overwrite: false,
    }),
  );
  app.get("/", (c) => c.html(chatPage(WEB_CHAT_PATH, greeting())));
  app.get("/assets/chat.css", (c) => asset(c, files.style));
  app.get("/assets/chat.js", (c) => asset(c, files.script));
  app.get("/embed.js", (c) => {
    c.header("cross-origin-resource-policy", "cross-origin");
    return asset(c, files.embed);
  });
  app.use("/api/*", cors({ origin: (origin) => (policy.listed(origin) ? origin : null), allowMethods: ["POST"], allowHeaders: ["content-type"], maxAge: 600 }));
  app.post("/api/ask", askHandler({ ask, rateLimiter, policy, logger, base: WEB_CHAT_PATH }));
  app.notFound((c) => c.json({ error: `no such page: ${c.req.path}` }, 404));
  app.onError((error, c) => {
    logger.error(`${c.req.method} ${c.req.path} failed`, error);
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}

function asset(c: Context, { body, type }: Asset) {
  c.header("content-type", type);
  // Short, so a new release's files reach visitors soon without fingerprinted names.
  c.header("cache-control", "public, max-age=300");
  return c.body(body);
}
