import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { BOT_EVENTS, BOT_SCOPES, COMMAND, EVENTS_PATH } from "../../adapters/slack/surface.js";
import { createFakeAdvisor } from "./fake-advisor.js";
import { CHANNEL, commandFields, directMessage, DM, startSlack, USER } from "./harness.js";
import { formBody, postSigned } from "./signed.js";
import { BOT_USER_ID } from "./stand-in.js";

type Manifest = {
  display_information: { name: string; description: string; long_description: string };
  features: {
    app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; url: string; should_escape: boolean }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
};

const manifest = JSON.parse(readFileSync(new URL("../../manifest.json", import.meta.url), "utf8")) as Manifest;
const sorted = (values: readonly string[]) => [...values].sort();

test("the manifest asks for exactly the command, events and scopes the app uses, all at the app's request path", () => {
  expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([COMMAND]);
  expect(sorted(manifest.settings.event_subscriptions.bot_events)).toEqual(sorted(BOT_EVENTS));
  expect(sorted(manifest.oauth_config.scopes.bot)).toEqual(sorted(BOT_SCOPES));
  expect(manifest.settings.interactivity.is_enabled).toBe(true);
  const urls = [...manifest.features.slash_commands.map((c) => c.url), manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url];
  for (const url of urls) expect(new URL(url).pathname).toBe(EVENTS_PATH);
});

test("the manifest lets people DM the app, sends their words unescaped, and fits Slack's field limits", () => {
  expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  // The app reads Slack's own markup (`<@U…>`) itself; escaped mentions would reach the advisor as ids.
  expect(manifest.features.slash_commands.every((c) => c.should_escape === false)).toBe(true);
  // HTTP mode is the production path; docs/slack.md explains switching to Socket Mode.
  expect(manifest.settings.socket_mode_enabled).toBe(false);
  expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
  expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
  expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
});

test("the running app answers the command and every event the manifest subscribes to", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);
  const samples: Record<string, Record<string, unknown>> = {
    app_mention: { type: "app_mention", channel: CHANNEL, user: USER, text: `<@${BOT_USER_ID}> app_mention`, ts: "1700000000.000100" },
    "message.im": directMessage("message.im"),
  };
  for (const event of manifest.settings.event_subscriptions.bot_events) {
    expect(samples[event], `a sample ${event} event`).toBeDefined();
    await slack.event(samples[event]!);
    await slack.standIn.waitFor((request) => request.method === "chat.postMessage" && request.body.channel === (event === "message.im" ? DM : CHANNEL));
  }
  for (const { command } of manifest.features.slash_commands) {
    const responseUrl = slack.standIn.responseUrl();
    await postSigned(slack.eventsUrl, formBody({ ...commandFields(command), command, response_url: responseUrl }), "application/x-www-form-urlencoded");
    await slack.standIn.waitFor((request) => request.path === new URL(responseUrl).pathname);
  }
  expect(advisor.asked.map((q) => q.text)).toEqual([...manifest.settings.event_subscriptions.bot_events, ...manifest.features.slash_commands.map((c) => c.command)]);
});
