import { describe, expect, it } from "vitest";
import { ConfigError } from "../../adapters/config.js";
import { CHANNELS } from "../../adapters/channels.js";
import { readServeSettings } from "../../adapters/serve/settings.js";
import { readWebChatSettings } from "../../adapters/web/settings.js";

describe("the web chat's settings", () => {
  it("are on with the listed origins when WEB_CHAT_ORIGINS is set, trailing slashes and repeats dropped", () => {
    expect(readWebChatSettings({ WEB_CHAT_ORIGINS: " https://careers.example.edu/ , http://localhost:8080,https://careers.example.edu" })).toEqual({
      origins: ["https://careers.example.edu", "http://localhost:8080"],
    });
    expect(readWebChatSettings({ WEB_CHAT: "on", WEB_CHAT_ORIGINS: "https://a.example" })).toEqual({ origins: ["https://a.example"] });
  });

  it("are off when nothing is set, or WEB_CHAT is off", () => {
    expect(readWebChatSettings({})).toBeUndefined();
    expect(readWebChatSettings({ WEB_CHAT: "off", WEB_CHAT_ORIGINS: "https://a.example" })).toBeUndefined();
  });

  it.each([
    [{ WEB_CHAT: "on" }, /^WEB_CHAT is on but WEB_CHAT_ORIGINS is not set/],
    [{ WEB_CHAT: "yes", WEB_CHAT_ORIGINS: "https://a.example" }, /^WEB_CHAT must be on or off/],
    [{ WEB_CHAT_ORIGINS: "careers.example.edu" }, /^WEB_CHAT_ORIGINS: "careers.example.edu" is not an origin; expected scheme:\/\/host\[:port\]/],
    [{ WEB_CHAT_ORIGINS: "https://a.example/chat, ftp://b.example" }, /^WEB_CHAT_ORIGINS: "https:\/\/a.example\/chat", "ftp:\/\/b.example" is not an origin/],
    [{ WEB_CHAT_ORIGINS: " , " }, /^WEB_CHAT_ORIGINS: the list is not an origin/],
  ])("stop with an error naming the variable: %j", (env, message) => {
    expect(() => readWebChatSettings(env)).toThrow(ConfigError);
    expect(() => readWebChatSettings(env)).toThrow(message);
  });

  it("make the web chat a channel of its own for serve, and say how to turn it on when it is off", () => {
    const on = readServeSettings(CHANNELS, undefined, { WEB_CHAT_ORIGINS: "https://a.example" }).channels;
    expect(on.map(({ entry, values }) => [entry.name, values])).toEqual([["web", { WEB_CHAT_ORIGINS: "https://a.example" }]]);
    expect(readServeSettings(CHANNELS, undefined, { WEB_CHAT: "off", WEB_CHAT_ORIGINS: "https://a.example", API_KEYS: "k".repeat(16) }).channels.map(({ entry }) => entry.name)).toEqual(["api"]);
    expect(() => readServeSettings(CHANNELS, undefined, { WEB_CHAT: "on" })).toThrow(/^WEB_CHAT is on but WEB_CHAT_ORIGINS is not set/);
    const off = readServeSettings(CHANNELS, undefined, { API_KEYS: "k".repeat(16) }).off;
    expect(off).toContainEqual({ channel: "web", turnOn: expect.stringMatching(/WEB_CHAT_ORIGINS/) });
    expect(() => readServeSettings(CHANNELS, undefined, {})).toThrow(/web: set WEB_CHAT_ORIGINS/);
  });
});
