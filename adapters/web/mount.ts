import { getRequestListener } from "@hono/node-server";
import type { Knowledge, Recorder, SharedAdvisor, Store } from "../../src/index.js";
import type { Mount } from "../http/router.js";
import type { Logger } from "../log.js";
import { createPipeline, type RateLimit } from "../pipeline.js";
import type { Metrics } from "../serve/metrics.js";
import { createWebChat, WEB_CHAT_PATH } from "./chat-app.js";
import type { WebChatSettings } from "./settings.js";

// Per visitor, about a person's pace; per site, what one career centre's visitors together may ask.
export const WEB_VISITOR_RATE_LIMIT: RateLimit = { points: 20, windowMs: 60_000 };
export const WEB_ORIGIN_RATE_LIMIT: RateLimit = { points: 600, windowMs: 60_000 };

export type WebChatDependencies = { store: Store; logger: Logger; metrics?: Metrics; recorder?: Recorder; knowledge: () => Knowledge };

/** The web chat as a prefix of the one HTTP server `serve` runs, on the "web" channel of the shared pipeline. */
export function webChatMount(advisor: SharedAdvisor, { origins }: WebChatSettings, { store, logger, metrics, recorder, knowledge }: WebChatDependencies): Mount {
  const ask = createPipeline(advisor, { channel: "web", store, rateLimit: WEB_VISITOR_RATE_LIMIT, logger, metrics, recorder });
  const app = createWebChat({
    ask,
    origins,
    rateLimiter: store.rateLimiter({ name: "web-origin", ...WEB_ORIGIN_RATE_LIMIT }),
    logger,
    greeting: () => {
      const identity = knowledge().advisor;
      return { field: identity?.field, introduction: identity?.introduction, suggestions: identity?.suggestions ?? [] };
    },
  });
  // The global Request and Response stay Node's own: other channels' libraries share this process.
  return { prefix: WEB_CHAT_PATH, handle: getRequestListener(app.fetch, { overrideGlobalObjects: false }) };
}
