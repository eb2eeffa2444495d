import { ConfigError, readSettings } from "../config.js";
import { readDiscordSettings, type DiscordSettings } from "../discord/settings.js";
import { parseApiKeys } from "../http/api-keys.js";
import { readSlackSettings, type SlackSettings } from "../slack/settings.js";
import { readWebChatSettings, TURN_ON_WEB_CHAT, type WebChatSettings } from "../web/settings.js";

export type ServeSettings = {
  discord?: DiscordSettings;
  slack?: SlackSettings;
  apiKeys?: string[];
  web?: WebChatSettings;
  port: number;
  host?: string;
  /** For each channel that is off, the variables that would turn it on. */
  off: { channel: string; turnOn: string }[];
};

const TURN_ON = {
  discord: "set DISCORD_TOKEN and DISCORD_APPLICATION_ID (docs/discord.md)",
  slack: "set SLACK_BOT_TOKEN, and SLACK_SIGNING_SECRET for HTTP mode or SLACK_APP_TOKEN for Socket Mode (docs/slack.md)",
  api: "set API_KEYS to one or more keys, comma-separated (make one with `openssl rand -hex 24`)",
  web: TURN_ON_WEB_CHAT,
};

/** A channel is on when its main variable is set; its other variables are then checked as its own command checks them. */
export function readServeSettings(env: NodeJS.ProcessEnv = process.env): ServeSettings {
  const has = (name: string) => Boolean(env[name]?.trim());
  const values = readSettings(
    {
      PORT: { where: "your host's settings (default 3000)", optional: true, format: { pattern: /^\d{1,5}$/, description: "a port number" } },
      HOST: { where: "your host's settings (default: every interface)", optional: true },
      API_KEYS: { where: "keys you make, e.g. with `openssl rand -hex 24`", optional: true },
    },
    env,
  );
  const apiKeys = has("API_KEYS") ? parseApiKeys(values.API_KEYS) : undefined;
  if (apiKeys?.some((key) => key.length < 16)) throw new ConfigError(`API_KEYS: every key must be at least 16 characters long; ${TURN_ON.api}.`);
  const settings: ServeSettings = {
    discord: has("DISCORD_TOKEN") ? readDiscordSettings(env) : undefined,
    slack: has("SLACK_BOT_TOKEN") ? readSlackSettings(env) : undefined,
    apiKeys,
    web: readWebChatSettings(env),
    port: Number(values.PORT ?? 3000),
    host: values.HOST,
    off: [],
  };
  if (!settings.discord) settings.off.push({ channel: "discord", turnOn: TURN_ON.discord });
  if (!settings.slack) settings.off.push({ channel: "slack", turnOn: TURN_ON.slack });
  if (!settings.apiKeys) settings.off.push({ channel: "api", turnOn: TURN_ON.api });
  if (!settings.web) settings.off.push({ channel: "web", turnOn: TURN_ON.web });
  if (settings.off.length === Object.keys(TURN_ON).length) {
    throw new ConfigError(
      ["No channel is configured, so there is nothing to serve. Turn on at least one (in the environment or in .env; see .env.example):", ...settings.off.map(({ channel, turnOn }) => `  ${channel}: ${turnOn}`)].join("\n"),
    );
  }
  return settings;
}
