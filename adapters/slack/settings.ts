import { z } from "zod";
import { ConfigError } from "../config.js";
import { optional, PORT, readVariables, required } from "../runtime/settings.js";
import type { SlackConnection } from "./app.js";
import type { TokenRejected } from "./token-rejected.js";

const APPS = "https://api.slack.com/apps → your app";
const BOT_TOKEN_WHERE = `${APPS} → OAuth & Permissions → Bot User OAuth Token (install the app to your workspace first)`;
const APP_TOKEN_WHERE = `${APPS} → Basic Information → App-Level Tokens (a token with the connections:write scope), for Socket Mode`;
const SIGNING_SECRET_WHERE = `${APPS} → Basic Information → App Credentials → Signing Secret`;
const SIGNING_SECRET = { pattern: /^[0-9a-f]{32}$/i, description: "32 hexadecimal characters" };

export type SlackSettings = {
  botToken: string;
  connection: SlackConnection;
  apiUrl?: string;
  /** Every secret that was read, for the logger to redact. */
  secrets: string[];
};

/** Every variable the app reads: Socket Mode when SLACK_APP_TOKEN is set, HTTP mode (which needs the signing secret) otherwise. */
export const SLACK_VARIABLES = z
  .object({
    SLACK_BOT_TOKEN: required("SLACK_BOT_TOKEN", {
      use: "Slack bot token (xoxb-); turns Slack on",
      where: BOT_TOKEN_WHERE,
      format: { pattern: /^xoxb-[\w-]+$/, description: "a bot token starting with xoxb-" },
    }),
    SLACK_SIGNING_SECRET: optional("SLACK_SIGNING_SECRET", { use: "Slack signing secret, for HTTP mode", where: SIGNING_SECRET_WHERE, format: SIGNING_SECRET }),
    SLACK_APP_TOKEN: optional("SLACK_APP_TOKEN", {
      use: "Slack app-level token (xapp-); selects Socket Mode",
      where: APP_TOKEN_WHERE,
      format: { pattern: /^xapp-[\w-]+$/, description: "an app-level token starting with xapp-" },
    }),
    PORT,
    SLACK_API_URL: optional("SLACK_API_URL", {
      use: "another Slack Web API base URL (testing)",
      where: "a Slack stand-in, only for testing (default https://slack.com/api/)",
      format: { pattern: /^https?:\/\/\S+$/, description: "an http(s) URL" },
    }),
  })
  .superRefine(
    (values, context) => {
      if (values.SLACK_APP_TOKEN === undefined && values.SLACK_SIGNING_SECRET === undefined) {
        context.addIssue({ code: "custom", message: `SLACK_SIGNING_SECRET is not set. Get it from ${SIGNING_SECRET_WHERE}, then set it in the environment or in .env.` });
      }
    },
    // Checked even when another variable is missing, so one start names everything there is to set.
    { when: () => true },
  );

/** The app's configuration from variables already checked. */
export function slackSettings(values: z.output<typeof SLACK_VARIABLES>): SlackSettings {
  const botToken = values.SLACK_BOT_TOKEN;
  const connection: SlackConnection = values.SLACK_APP_TOKEN
    ? { mode: "socket", appToken: values.SLACK_APP_TOKEN }
    : { mode: "http", signingSecret: values.SLACK_SIGNING_SECRET!, port: Number(values.PORT) };
  const secrets = [botToken, values.SLACK_SIGNING_SECRET, values.SLACK_APP_TOKEN].filter((value): value is string => value !== undefined);
  return { botToken, connection, apiUrl: values.SLACK_API_URL, secrets };
}

/** Throws ConfigError naming every missing or malformed variable, never its value. */
export function readSlackSettings(env: NodeJS.ProcessEnv = process.env): SlackSettings {
  return slackSettings(readVariables(SLACK_VARIABLES, env));
}

/** A token that reads well but that Slack refused, as a message naming its variable and where to get a good one. */
export function describeRejection({ token, code }: TokenRejected): ConfigError {
  const [name, where] = token === "bot" ? ["SLACK_BOT_TOKEN", BOT_TOKEN_WHERE] : ["SLACK_APP_TOKEN", APP_TOKEN_WHERE];
  return new ConfigError(`Slack rejected ${name} (${code}). Get it again from ${where}.`);
}
