import { onTestFinished } from "vitest";
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from "../../adapters/slack/app.js";
import { RESPONSE_URL_PATTERNS } from "../../adapters/slack/redact.js";
import { createLogger } from "../../adapters/log.js";
import type { Advisor, Store } from "../../src/index.js";
import { embeddedStore } from "../helpers.js";
import { createRecording, type Recording } from "./recording.js";
import { formBody, postSigned, SIGNING_SECRET, type Signing } from "./signed.js";
import { BOT_ID, BOT_USER_ID, startStandIn, TEAM_ID, type StandIn } from "./stand-in.js";

export const BOT_TOKEN = "xoxb-1111-2222-stand-in-bot-token";
export const USER = "U0ALICE";
export const CHANNEL = "C0GENERAL";
export const DM = "D0ALICE";

export type Button = { action_id: string; text: { text: string }; value: string };

/** Where a pressed button sits: a private reply to /career, or a message in a channel, thread or DM. */
export type ButtonPlace = { channel?: string; user?: string; ephemeral?: boolean; threadTs?: string };

export type Slack = {
  standIn: StandIn;
  adapter: SlackAdapter;
  /** Every line the app logged, after redaction. */
  logs: Recording<string>;
  baseUrl: string;
  eventsUrl: string;
  /** `/career <text>`: Slack's HTTP response, and the response_url the app was given. */
  command(text: string, options?: { user?: string; channel?: string; signing?: Signing }): Promise<{ response: Response; responseUrl: string }>;
  event(event: Record<string, unknown>, options?: { eventId?: string; signing?: Signing }): Promise<Response>;
  press(button: Button, place?: ButtonPlace): Promise<{ response: Response; responseUrl: string }>;
};

let eventCount = 0;

/** Starts the real adapter in HTTP mode on 127.0.0.1 against a fresh stand-in; both close when the test ends. */
export async function startSlack(
  advisor: Advisor,
  options: Pick<SlackAdapterOptions, "rateLimit" | "stopDeadlineMs" | "patience" | "records"> & { store?: Store } = {},
): Promise<Slack> {
  const standIn = await startStandIn();
  onTestFinished(() => standIn.close());
  const logs = createRecording<string>((line) => line);
  const adapter = createSlackAdapter(advisor, {
    store: options.store ?? embeddedStore(),
    records: options.records,
    botToken: BOT_TOKEN,
    connection: { mode: "http", signingSecret: SIGNING_SECRET, port: 0, host: "127.0.0.1" },
    apiUrl: standIn.apiUrl,
    logger: createLogger({ secrets: [BOT_TOKEN, SIGNING_SECRET], patterns: RESPONSE_URL_PATTERNS, write: logs.push }),
    rateLimit: options.rateLimit ?? { points: 100_000, windowMs: 60_000 },
    stopDeadlineMs: options.stopDeadlineMs,
    patience: options.patience,
  });
  await adapter.start();
  onTestFinished(() => adapter.stop());
  const baseUrl = `http://127.0.0.1:${adapter.port}`;
  const eventsUrl = `${baseUrl}/slack/events`;
  const form = (body: string, signing?: Signing) => postSigned(eventsUrl, body, "application/x-www-form-urlencoded", signing);

  return {
    standIn,
    adapter,
    logs,
    baseUrl,
    eventsUrl,
    async command(text, { user = USER, channel = CHANNEL, signing } = {}) {
      const responseUrl = standIn.responseUrl();
      const response = await form(formBody({ ...commandFields(text, user, channel), response_url: responseUrl }), signing);
      return { response, responseUrl };
    },
    event(event, { eventId = `Ev${++eventCount}`, signing } = {}) {
      return postSigned(eventsUrl, JSON.stringify(eventEnvelope(event, eventId)), "application/json", signing);
    },
    async press(button, place = {}) {
      const responseUrl = standIn.responseUrl().replace("/commands/", "/actions/");
      const payload = buttonPayload(button, place, responseUrl);
      return { response: await form(formBody({ payload: JSON.stringify(payload) })), responseUrl };
    },
  };
}

/** The interactivity payload Slack posts when a person presses `button` where `place` says. */
export function buttonPayload(button: Button, { channel = CHANNEL, user = USER, ephemeral = false, threadTs }: ButtonPlace, responseUrl: string): Record<string, unknown> {
  const messageTs = "1700000100.000001";
  return {
    type: "block_actions",
    team: { id: TEAM_ID, domain: "stand-in" },
    user: { id: user, username: "alice", team_id: TEAM_ID },
    api_app_id: "A0CAREER",
    token: "legacy-verification-token",
    trigger_id: "1.2.3",
    channel: { id: channel, name: "general" },
    container: { type: "message", message_ts: messageTs, channel_id: channel, is_ephemeral: ephemeral, ...(threadTs && { thread_ts: threadTs }) },
    // Slack leaves the message out when it was ephemeral.
    ...(!ephemeral && { message: { type: "message", ts: messageTs, thread_ts: threadTs, user: BOT_USER_ID, bot_id: BOT_ID, text: "" } }),
    response_url: responseUrl,
    actions: [{ type: "button", action_id: button.action_id, block_id: "ask", text: { type: "plain_text", text: button.text.text }, value: button.value, action_ts: "1700000200.0" }],
  };
}

export function commandFields(text: string, user = USER, channel = CHANNEL): Record<string, string> {
  return {
    token: "legacy-verification-token",
    team_id: TEAM_ID,
    team_domain: "stand-in",
    channel_id: channel,
    channel_name: "general",
    user_id: user,
    user_name: "alice",
    command: "/career",
    text,
    api_app_id: "A0CAREER",
    is_enterprise_install: "false",
    trigger_id: "1.2.3",
  };
}

export function eventEnvelope(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: "legacy-verification-token",
    team_id: TEAM_ID,
    api_app_id: "A0CAREER",
    type: "event_callback",
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
    event,
  };
}

/** A direct message from a person, as Slack delivers it. */
export function directMessage(text: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: "message", channel_type: "im", channel: DM, user: USER, text, ts: "1700000000.000200", event_ts: "1700000000.000200", ...fields };
}

type Block = { type: string; text?: { text: string }; elements?: unknown[] };

const blocksOf = (body: Record<string, unknown>) => (body.blocks ?? []) as Block[];

/** The mrkdwn sections of a message joined: the answer as it reads in Slack. */
export function sectionsText(body: Record<string, unknown>): string {
  return blocksOf(body).filter((block) => block.type === "section").map((block) => block.text?.text ?? "").join("\n\n");
}

export function buttons(body: Record<string, unknown>): Button[] {
  return blocksOf(body).filter((block) => block.type === "actions").flatMap((block) => (block.elements ?? []) as Button[]);
}

export function contextLines(body: Record<string, unknown>): string[] {
  const elements = blocksOf(body).filter((block) => block.type === "context").flatMap((block) => (block.elements ?? []) as { text: string }[]);
  return elements.map((element) => element.text);
}

/** Every string Slack reads as mrkdwn: the fallback text, sections and context lines. */
export function mrkdwnTexts(body: Record<string, unknown>): string[] {
  const sections = blocksOf(body).filter((block) => block.type === "section").map((block) => block.text?.text ?? "");
  return [String(body.text ?? ""), ...sections, ...contextLines(body)];
}

export function button(body: Record<string, unknown>, label: string): Button {
  const found = buttons(body).find((candidate) => candidate.text.text === label);
  if (!found) throw new Error(`no "${label}" button; found ${buttons(body).map((b) => b.text.text).join(", ")}`);
  return found;
}
