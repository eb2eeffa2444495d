import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

// manifest.socket-mode.json is manifest.json for Socket Mode: the same app, with no request URLs (Slack refuses a
// manifest that has both) and Socket Mode on. manifest.test.ts checks manifest.json against what the app uses.

type Manifest = Record<string, any>;
const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8")) as Manifest;
const http = read("manifest.json");
const socket = read("manifest.socket-mode.json");

test("the Socket Mode manifest turns Socket Mode on and names no request URL", () => {
  expect(socket.settings.socket_mode_enabled).toBe(true);
  expect(JSON.stringify(socket)).not.toMatch(/"(url|request_url)"/);
  expect(socket.settings.interactivity.is_enabled).toBe(true);
});

test("apart from that it asks for exactly what the HTTP manifest asks for", () => {
  const withoutUrls = structuredClone(http);
  for (const command of withoutUrls.features.slash_commands) delete command.url;
  delete withoutUrls.settings.event_subscriptions.request_url;
  delete withoutUrls.settings.interactivity.request_url;
  withoutUrls.settings.socket_mode_enabled = true;
  expect(socket).toEqual(withoutUrls);
});
