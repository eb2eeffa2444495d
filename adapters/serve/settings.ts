import { z } from "zod";
import { ConfigError } from "../config.js";
import type { ChannelEntry } from "../runtime/entry.js";
import { optional, PORT, readVariables } from "../runtime/settings.js";

/** The process's own variables, whichever channels run. */
export const SERVE_VARIABLES = z.object({
  PORT,
  HOST: optional("HOST", { use: "address to listen on (default: every interface)", where: "your host's settings (default: every interface)" }),
  METRICS_PORT: optional("METRICS_PORT", {
    use: "serve /metrics on this port only, not on PORT",
    where: "your host's settings",
    format: { pattern: /^(?:[1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d\d|655[0-2]\d|6553[0-5])$/, description: "a port number from 1 to 65535" },
  }),
  METRICS_TOKEN: optional("METRICS_TOKEN", {
    use: "/metrics asks for Authorization: Bearer <this token>",
    where: "a token you make, e.g. with `openssl rand -hex 24`",
  }).refine((token) => token === undefined || token.length >= 16, "METRICS_TOKEN must be at least 16 characters long (make one with `openssl rand -hex 24`)."),
});

/** A channel to start, with its variables read and checked. */
export type Configured = { entry: ChannelEntry; values: unknown };

export type ServeSettings = {
  channels: Configured[];
  port: number;
  host?: string;
  /** When set, /metrics is served on this port only, and not on PORT. */
  metricsPort?: number;
  /** When set, /metrics asks for `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** For each channel that is off, how to turn it on. */
  off: { channel: string; turnOn: string }[];
};

/**
 * The channels to run: `only` one, whose variables must then be right, or every one whose switch is set (its other
 * variables are then checked as well). Every problem is reported at once, naming the variable.
 */
export function readServeSettings(registry: readonly ChannelEntry[], only?: string, env: NodeJS.ProcessEnv = process.env): ServeSettings {
  const { PORT: port, HOST: host, METRICS_PORT: metricsPort, METRICS_TOKEN: metricsToken } = readVariables(SERVE_VARIABLES, env);
  const chosen = registry.filter((entry) => (only === undefined ? (entry.isOn?.(env) ?? Boolean(env[entry.switch]?.trim())) : entry.name === only));
  const problems: string[] = [];
  const channels = chosen.flatMap((entry) => {
    try {
      return [{ entry, values: readVariables(entry.variables, env) as unknown }];
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(error.message);
      return [];
    }
  });
  if (problems.length) throw new ConfigError(problems.join("\n"));
  const off = only === undefined ? registry.filter((entry) => !chosen.includes(entry)).map(({ name, turnOn }) => ({ channel: name, turnOn })) : [];
  if (!channels.length) {
    throw new ConfigError(
      ["No channel is configured, so there is nothing to serve. Turn on at least one (in the environment or in .env; see .env.example):", ...off.map(({ channel, turnOn }) => `  ${channel}: ${turnOn}`)].join("\n"),
    );
  }
  return { channels, port: Number(port), host, metricsPort: metricsPort === undefined ? undefined : Number(metricsPort), metricsToken, off };
}
