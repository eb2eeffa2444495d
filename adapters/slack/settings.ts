import { ConfigError, readSettings } from "../config.js";
import type { SlackConnection } from "./app.js";
import type { TokenRejected } from "./token-rejected.js";

const APPS = "https://api.slack.com/apps → your app";
const BOT_TOKEN_WHERE = `${APPS} → OAuth & Permissions → Bot User OAuth Token (install the app to your workspace first)`;
const APP_TOKEN_WHERE = `${APPS} → Basic Information → App-Level Tokens (a token with the connections:write scope), for Socket Mode`;

export type SlackSettings = {
  botToken: string;
  connection: SlackConnection;
  apiUrl?: string;
  /** Every secret that was read, for the logger to redact. */
  secrets: string[];
};

/** Socket Mode when SLACK_APP_TOKEN is set, HTTP mode otherwise; throws ConfigError naming every missing or malformed variable. */
export function readSlackSettings(env: NodeJS.ProcessEnv = process.env): SlackSettings {
  const socketMode = Boolean(env.SLACK_APP_TOKEN?.trim());
  const values = readSettings(
    {
      SLACK_BOT_TOKEN: {
        where: BOT_TOKEN_WHERE,
        format: { pattern: /^xoxb-[\w-]+$/, description: "a bot token starting with xoxb-" },
      },
      SLACK_SIGNING_SECRET: {
        where: `${APPS} → Basic Information → App Credentials → Signing Secret`,
        optional: socketMode,
        format: { pattern: /^[0-9a-f]{32}$/i, description: "32 hexadecimal characters" },
      },
      SLACK_APP_TOKEN: {
        where: APP_TOKEN_WHERE,
        optional: true,
        format: { pattern: /^xapp-[\w-]+$/, description: "an app-level token starting with xapp-" },
      },
      PORT: {
        where: "your host's settings, for HTTP mode (default 3000)",
        optional: true,
        format: { pattern: /^\d{1,5}$/, description: "a port number" },
      },
      SLACK_API_URL: {
        where: "a Slack stand-in, only for testing (default https://slack.com/api/)",
        optional: true,
        format: { pattern: /^https?:\/\/\S+$/, description: "an http(s) URL" },
      },
    },
    env,
  );
  const botToken = values.SLACK_BOT_TOKEN as string;
  const connection: SlackConnection = values.SLACK_APP_TOKEN
    ? { mode: "socket", appToken: values.SLACK_APP_TOKEN }
    : { mode: "http", signingSecret: values.SLACK_SIGNING_SECRET as string, port: Number(values.PORT ?? 3000) };
  const secrets = [botToken, values.SLACK_SIGNING_SECRET, values.SLACK_APP_TOKEN].filter((value): value is string => value !== undefined);
  return { botToken, connection, apiUrl: values.SLACK_API_URL, secrets };
}

/** A token that reads well but that Slack refused, as a message naming its variable and where to get a good one. */
export function describeRejection({ token, code }: TokenRejected): ConfigError {
  const [name, where] = token === "bot" ? ["SLACK_BOT_TOKEN", BOT_TOKEN_WHERE] : ["SLACK_APP_TOKEN", APP_TOKEN_WHERE];
  return new ConfigError(`Slack rejected ${name} (${code}). Get it again from ${where}.`);
}
