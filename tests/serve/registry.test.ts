import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { CHANNELS } from "../../adapters/channels.js";
import { ConfigError, Reported } from "../../adapters/config.js";
import type { ChannelEntry } from "../../adapters/runtime/entry.js";
import { createPipeline, type Pipeline } from "../../adapters/runtime/pipeline.js";
import { required } from "../../adapters/runtime/settings.js";
import { startServe } from "../../adapters/serve/main.js";
import { readServeSettings } from "../../adapters/serve/settings.js";

// A channel added the way docs/architecture-channels.md says: a folder exporting its entry, and one line in the registry.

const TOKEN = "teams-token-0123456789abcdef";

/** What the fake platform does with the channel: hands it questions, and sees its replies. */
type Platform = { ask?: Pipeline; started: boolean; stopped: boolean; failStart?: Error };

function teamsEntry(platform: Platform): ChannelEntry {
  const variables = z.object({
    TEAMS_TOKEN: required("TEAMS_TOKEN", { use: "Teams bot token; turns Teams on", where: "the Teams developer portal", format: { pattern: /^teams-token-\w+$/, description: "a Teams token" } }),
  });
  return {
    name: "teams",
    switch: "TEAMS_TOKEN",
    turnOn: "set TEAMS_TOKEN",
    variables,
    secrets: ["TEAMS_TOKEN"],
    create({ advisor, logger, store, metrics, records }) {
      return {
        name: "teams",
        async start() {
          if (platform.failStart) throw platform.failStart;
          platform.ask = createPipeline(advisor, { channel: "teams", logger, limit: { store, rateLimit: { points: 5, windowMs: 60_000 } }, metrics, recorder: records.recorder });
          platform.started = true;
        },
        async stop() {
          platform.stopped = true;
        },
      };
    },
  };
}

let stderr: string[];
beforeEach(() => {
  for (const name of ["DISCORD_TOKEN", "SLACK_BOT_TOKEN", "API_KEYS", "REDIS_URL"]) vi.stubEnv(name, "");
  vi.stubEnv("PORT", "0");
  vi.stubEnv("HOST", "127.0.0.1");
  vi.stubEnv("LOG_FORMAT", "json");
  vi.stubEnv("TEAMS_TOKEN", TOKEN);
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const logLines = () => stderr.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

describe("a channel added to the registry", () => {
  it("is started by serve, answers through the pipeline, shows in /healthz and /metrics, and is stopped", async () => {
    const platform: Platform = { started: false, stopped: false };
    const before = process.listeners("SIGTERM");
    const { finished, port } = await startServe({ registry: [...CHANNELS, teamsEntry(platform)] });
    expect(platform.started).toBe(true);

    const outcome = await platform.ask!("alice", { text: "how much do health information technicians make?", conversationId: "teams:alice" });
    expect(outcome).toMatchObject({ kind: "reply", reply: { kind: "answer", text: expect.stringContaining("$37,110") }, id: expect.any(String) });
    const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { channels: Record<string, string> };
    expect(health.channels).toEqual({ teams: "connected" });
    expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toMatch(/career_advisor_questions_total\{channel="teams",kind="answer"\} 1/);

    process.listeners("SIGTERM").find((listener) => !before.includes(listener))!("SIGTERM");
    await finished;
    expect(platform.stopped).toBe(true);
    const lines = logLines();
    expect(lines).toContainEqual(expect.objectContaining({ msg: "answered", channel: "teams", kind: "answer" }));
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(["starting: teams", expect.stringMatching(/^discord is off/)]));
    expect(stderr.join("")).not.toContain(TOKEN);
  });

  it("that cannot start is logged as one JSON line naming it, and serve fails with that", async () => {
    const platform: Platform = { started: false, stopped: false, failStart: new ConfigError("Teams rejected TEAMS_TOKEN") };
    const failure = await startServe({ registry: [...CHANNELS, teamsEntry(platform)] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Reported);
    expect((failure as Reported).cause).toBe(platform.failStart);
    expect(logLines()).toContainEqual(expect.objectContaining({ level: "error", channel: "teams", msg: expect.stringContaining("teams could not start: ConfigError: Teams rejected TEAMS_TOKEN") }));
  });

  it("has its variables checked as the others are, by name", () => {
    const registry = [...CHANNELS, teamsEntry({ started: false, stopped: false })];
    expect(() => readServeSettings(registry, undefined, { TEAMS_TOKEN: "not-a-token" })).toThrow(/TEAMS_TOKEN does not look right: expected a Teams token/);
    expect(() => readServeSettings(registry, "teams", {})).toThrow(/TEAMS_TOKEN is not set/);
  });
});

describe("the serve settings", () => {
  it("refuse a port beyond 65535, naming PORT", () => {
    expect(() => readServeSettings(CHANNELS, undefined, { PORT: "99999", API_KEYS: "a-key-0123456789abcdef" })).toThrow(ConfigError);
    expect(() => readServeSettings(CHANNELS, undefined, { PORT: "99999", API_KEYS: "a-key-0123456789abcdef" })).toThrow(/^PORT does not look right/);
    expect(readServeSettings(CHANNELS, undefined, { API_KEYS: "a-key-0123456789abcdef" })).toMatchObject({ port: 3000, channels: [{ entry: { name: "api" } }] });
  });

  it("with no channel on, say how to turn each on", () => {
    expect(() => readServeSettings(CHANNELS, undefined, {})).toThrow(/No channel is configured[\s\S]*discord: set DISCORD_TOKEN[\s\S]*slack: [\s\S]*api: set API_KEYS/);
  });
});
