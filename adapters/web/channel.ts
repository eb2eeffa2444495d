import { getRequestListener } from "@hono/node-server";
import { z } from "zod";
import type { RateLimit } from "../runtime/pipeline.js";
import { createPipeline } from "../runtime/pipeline.js";
import type { ChannelEntry } from "../runtime/entry.js";
import { optional } from "../runtime/settings.js";
import { createWebChat, WEB_CHAT_PATH } from "./chat-app.js";
import { readWebChatSettings, TURN_ON_WEB_CHAT } from "./settings.js";

// Per visitor, about a person's pace; per site, what one career centre's visitors together may ask.
export const WEB_VISITOR_RATE_LIMIT: RateLimit = { points: 20, windowMs: 60_000 };
export const WEB_ORIGIN_RATE_LIMIT: RateLimit = { points: 600, windowMs: 60_000 };

export const WEB_VARIABLES = z.object({
  WEB_CHAT_ORIGINS: optional("WEB_CHAT_ORIGINS", {
    use: "sites that may embed the web chat at /chat, comma-separated origins; turns the web chat on",
    where: "your career centre's site addresses, such as https://careers.example.edu",
  }),
  WEB_CHAT: optional("WEB_CHAT", { use: "on or off (default on while WEB_CHAT_ORIGINS is set)", where: "your choice" }),
});

/** The web chat as a channel: a page, its assets and the API it asks, under /chat on the process's server. */
export const web: ChannelEntry<typeof WEB_VARIABLES> = {
  name: "web",
  switch: "WEB_CHAT_ORIGINS",
  // WEB_CHAT=on without a list is a mistake worth stopping for, and WEB_CHAT=off keeps the chat off while the list stays.
  isOn: (env) => readWebChatSettings(env) !== undefined,
  turnOn: TURN_ON_WEB_CHAT,
  variables: WEB_VARIABLES,
  secrets: [],
  create({ advisor, logger, store, metrics, records, http }, values) {
    const { origins } = readWebChatSettings(values)!;
    const ask = createPipeline(advisor, { channel: "web", logger, limit: { store, rateLimit: WEB_VISITOR_RATE_LIMIT }, metrics, recorder: records.recorder });
    const app = createWebChat({
      ask,
      origins,
      rateLimiter: store.rateLimiter({ name: "web-origin", ...WEB_ORIGIN_RATE_LIMIT }),
      logger,
      greeting: () => {
        const identity = advisor.knowledge.advisor;
        return { field: identity?.field, introduction: identity?.introduction, suggestions: identity?.suggestions ?? [] };
      },
    });
    // The global Request and Response stay Node's own: other channels' libraries share this process.
    http.mount(WEB_CHAT_PATH, getRequestListener(app.fetch, { overrideGlobalObjects: false }));
    // The chat takes questions once the process's server listens, which starts after every channel.
    return { name: "web", start: async () => {}, stop: async () => {} };
  },
};
