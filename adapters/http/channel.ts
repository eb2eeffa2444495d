import { z } from "zod";
import { createPipeline } from "../runtime/pipeline.js";
import type { ChannelEntry } from "../runtime/entry.js";
import { required } from "../runtime/settings.js";
import { packageVersion } from "../version.js";
import { createApiKeys, parseApiKeys } from "./api-keys.js";
import { API_RATE_LIMIT, askRoute } from "./routes/ask.js";
import { feedbackRoute } from "./routes/feedback.js";
import { openApiRoute } from "./routes/openapi.js";

const TURN_ON = "set API_KEYS to one or more keys, comma-separated (make one with `openssl rand -hex 24`)";

export const API_VARIABLES = z.object({
  API_KEYS: required("API_KEYS", { use: "comma-separated keys for the HTTP API (POST /v1/ask); turns the API on", where: "keys you make, e.g. with `openssl rand -hex 24`" })
    .transform(parseApiKeys)
    .refine((keys) => keys.length > 0 && keys.every((key) => key.length >= 16), `API_KEYS: every key must be at least 16 characters long; ${TURN_ON}.`)
    .describe("comma-separated keys for the HTTP API (POST /v1/ask); turns the API on"),
});

/** The HTTP API as a channel: its routes on the process's server, its rate limit counted per key. */
export const api: ChannelEntry<typeof API_VARIABLES> = {
  name: "api",
  switch: "API_KEYS",
  turnOn: TURN_ON,
  variables: API_VARIABLES,
  secrets: ["API_KEYS"],
  create({ advisor, logger, store, metrics, records, http }, { API_KEYS }) {
    const name = "api";
    const keys = createApiKeys(API_KEYS);
    const ask = createPipeline(advisor, { channel: name, logger, limit: { store, rateLimit: API_RATE_LIMIT }, metrics, recorder: records.recorder });
    http.route(askRoute({ ask, keys }));
    http.route(feedbackRoute({ votes: records.votes, keys, limiter: store.rateLimiter({ name: "api-feedback", ...API_RATE_LIMIT }) }));
    http.route(openApiRoute(packageVersion()));
    // The API takes questions once the process's server listens, which starts after every channel.
    return { name, start: async () => {}, stop: async () => {} };
  },
};
