import { z } from "zod";
import { createPipeline } from "../runtime/pipeline.js";
import type { ChannelEntry } from "../runtime/entry.js";
import { optional, required } from "../runtime/settings.js";
import { packageVersion } from "../version.js";
import { createApiKeys, parseApiKeys } from "./api-keys.js";
import { askRoute } from "./routes/ask.js";
import { feedbackRoute } from "./routes/feedback.js";
import { openApiRoute } from "./routes/openapi.js";

const TURN_ON = "set API_KEYS to one or more keys, comma-separated (make one with `openssl rand -hex 24`)";

export const API_VARIABLES = z.object({
  API_KEYS: required("API_KEYS", { use: "comma-separated keys for the HTTP API (POST /v1/ask); turns the API on", where: "keys you make, e.g. with `openssl rand -hex 24`" })
    .transform(parseApiKeys)
    .refine((keys) => keys.length > 0 && keys.every((key) => key.length >= 16), `API_KEYS: every key must be at least 16 characters long; ${TURN_ON}.`)
    .describe("comma-separated keys for the HTTP API (POST /v1/ask); turns the API on"),
  // A website or an LMS funnels many people through one key, so the default is higher than a chat user's.
  API_RATE_LIMIT: optional("API_RATE_LIMIT", {
    use: "questions per API key per minute, and votes apart (default 120)",
    where: "your own choice (default 120)",
    format: { pattern: /^[1-9]\d{0,6}$/, description: "a whole number of questions per API key per minute, such as 120" },
  }),
});

/** The HTTP API as a channel: its routes on the process's server, its rate limit counted per key. */
export const api: ChannelEntry<typeof API_VARIABLES> = {
  name: "api",
  switch: "API_KEYS",
  turnOn: TURN_ON,
  variables: API_VARIABLES,
  secrets: ["API_KEYS"],
  create({ advisor, logger, store, metrics, records, http }, { API_KEYS, API_RATE_LIMIT }) {
    const name = "api";
    const keys = createApiKeys(API_KEYS);
    const rateLimit = { points: Number(API_RATE_LIMIT ?? 120), windowMs: 60_000 };
    const ask = createPipeline(advisor, { channel: name, logger, limit: { store, rateLimit }, metrics, recorder: records.recorder });
    http.route(askRoute({ ask, keys, rateLimit }));
    http.route(feedbackRoute({ votes: records.votes, keys, store, rateLimit }));
    http.route(openApiRoute(packageVersion()));
    // The API takes questions once the process's server listens, which starts after every channel.
    return { name, start: async () => {}, stop: async () => {} };
  },
};
