import { expect, test } from "vitest";
import { ConfigError } from "../../adapters/config.js";
import { readSlackSettings } from "../../adapters/slack/settings.js";

const BOT = "xoxb-1111-2222-abcdefABCDEF";
const SECRET = "0123456789abcdef0123456789abcdef";
const APP = "xapp-1-A0CAREER-1-abcdef";

function failure(env: NodeJS.ProcessEnv): ConfigError {
  try {
    readSlackSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

test("HTTP mode needs the bot token and signing secret; PORT and SLACK_API_URL are optional", () => {
  expect(readSlackSettings({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual({
    botToken: BOT,
    connection: { mode: "http", signingSecret: SECRET, port: 3000 },
    apiUrl: undefined,
    secrets: [BOT, SECRET],
  });
  const custom = readSlackSettings({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "8080", SLACK_API_URL: "http://127.0.0.1:9/api/" });
  expect(custom.connection).toMatchObject({ port: 8080 });
  expect(custom.apiUrl).toBe("http://127.0.0.1:9/api/");
});

test("an app token selects Socket Mode, where no signing secret is needed", () => {
  expect(readSlackSettings({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toMatchObject({ connection: { mode: "socket", appToken: APP }, secrets: [BOT, APP] });
});

test("every missing variable is named with where to find it", () => {
  const { message } = failure({});
  expect(message).toContain("SLACK_BOT_TOKEN is not set");
  expect(message).toContain("OAuth & Permissions");
  expect(message).toContain("SLACK_SIGNING_SECRET is not set");
  expect(message).toContain("Signing Secret");
});

test("malformed values are named and described, never echoed", () => {
  const env = { SLACK_BOT_TOKEN: "xoxp-user-token-not-a-bot", SLACK_SIGNING_SECRET: "not-hex-secret-value", SLACK_APP_TOKEN: "xoxb-wrong-kind", PORT: "eighty" };
  const { message } = failure(env);
  for (const name of ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "PORT"]) expect(message).toContain(`${name} does not look right`);
  for (const value of Object.values(env)) expect(message).not.toContain(value);
});
