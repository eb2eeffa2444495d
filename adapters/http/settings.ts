import { ConfigError, readSettings } from "../config.js";
import type { RateLimit } from "../pipeline.js";

export type HttpSettings = {
  /** Questions per API key per minute; votes are counted apart, with the same limit. */
  rateLimit: RateLimit;
  /** When set, /metrics is served on this port only, and not on PORT. */
  metricsPort?: number;
  /** When set, /metrics asks for `Authorization: Bearer <token>`. */
  metricsToken?: string;
};

// A website or an LMS funnels many people through one key, so the default is higher than a chat user's.
const DEFAULT_RATE_LIMIT = 120;

export function readHttpSettings(env: NodeJS.ProcessEnv = process.env): HttpSettings {
  const values = readSettings(
    {
      API_RATE_LIMIT: {
        where: "your own choice (default 120)",
        optional: true,
        format: { pattern: /^[1-9]\d{0,6}$/, description: "a whole number of questions per API key per minute, such as 120" },
      },
      METRICS_PORT: { where: "your host's settings", optional: true, format: { pattern: /^\d{1,5}$/, description: "a port number" } },
      METRICS_TOKEN: { where: "a token you make, e.g. with `openssl rand -hex 24`", optional: true },
    },
    env,
  );
  const metricsPort = values.METRICS_PORT === undefined ? undefined : Number(values.METRICS_PORT);
  if (metricsPort !== undefined && (metricsPort < 1 || metricsPort > 65_535)) throw new ConfigError("METRICS_PORT does not look right: expected a port number from 1 to 65535.");
  if (values.METRICS_TOKEN !== undefined && values.METRICS_TOKEN.length < 16) throw new ConfigError("METRICS_TOKEN must be at least 16 characters long (make one with `openssl rand -hex 24`).");
  return { rateLimit: { points: Number(values.API_RATE_LIMIT ?? DEFAULT_RATE_LIMIT), windowMs: 60_000 }, metricsPort, metricsToken: values.METRICS_TOKEN };
}
