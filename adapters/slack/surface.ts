// What the app asks of Slack. manifest.json declares the same things; tests/slack/manifest.test.ts keeps the two in step.

export const COMMAND = "/career";

/** Where Slack sends slash commands, events and button presses in HTTP mode. */
export const EVENTS_PATH = "/slack/events";

export const HEALTH_PATH = "/healthz";

/** Mentions in channels and threads, and messages in the app's DMs. */
export const BOT_EVENTS = ["app_mention", "message.im"] as const;

/**
 * app_mentions:read and im:history receive the two events, commands receives /career,
 * chat:write posts answers and private notices.
 */
export const BOT_SCOPES = ["app_mentions:read", "chat:write", "commands", "im:history"] as const;
