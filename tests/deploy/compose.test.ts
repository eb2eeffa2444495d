import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { CHANNELS } from "../../adapters/channels.js";
import { readServeSettings } from "../../adapters/serve/settings.js";

const ROOT = join(import.meta.dirname, "../..");
type Service = { image?: string; profiles?: string[]; environment?: Record<string, string>; ports?: string[] };
const compose = (file: string) => parse(readFileSync(join(ROOT, file), "utf8"), { merge: true }) as { services: Record<string, Service> };
const FILES = ["compose.yaml", "deploy/compose.replicas.yaml"];

/** Each channel's variables, as a .env that configures only that channel has them. */
const CHANNEL_ENV = {
  discord: { DISCORD_TOKEN: `${"a".repeat(24)}.${"b".repeat(6)}.${"c".repeat(27)}`, DISCORD_APPLICATION_ID: "123456789012345678" },
  slack: { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" },
  api: { API_KEYS: "0123456789abcdef0123" },
};
type Channel = keyof typeof CHANNEL_ENV;
/** The profile docs/deploy.md tells whoever uses a channel to turn on. */
const PROFILE: Record<Channel, string> = { discord: "discord", slack: "http", api: "http" };

/** The channels `serve` would run with this environment; none when it would exit for want of one. */
function channelsServed(env: Record<string, string>): Channel[] {
  try {
    const served = readServeSettings(CHANNELS, undefined, env).channels.map(({ entry }) => entry.name);
    return (["discord", "slack", "api"] as const).filter((channel) => served.includes(channel));
  } catch (error) {
    // Only the want of a channel; a variable this test got wrong must not pass for one.
    if (String(error).includes("No channel is configured")) return [];
    throw error;
  }
}

describe("the compose files", () => {
  it("publish the server's port only, never METRICS_PORT", () => {
    for (const file of FILES) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const [name, service] of Object.entries(compose(file).services)) {
        for (const port of service.ports ?? []) expect(port, `${file}: ${name}`).not.toMatch(/METRICS/);
        if (service.image === "career-advisor") for (const port of service.ports ?? []) expect(port.split(":").at(-1), `${file}: ${name}`).toBe("3000");
      }
      expect(text).not.toMatch(/METRICS_PORT/);
    }
  });

  it("start each advisor of the replicas file only under the profile of channels it has, so none exits and restarts for want of one", () => {
    const services = Object.entries(compose("deploy/compose.replicas.yaml").services).filter(([, service]) => service.image === "career-advisor");
    expect(services.map(([name]) => name).sort()).toEqual(["advisor", "discord"]);
    for (const [name, service] of services) {
      expect(service.profiles, name).toHaveLength(1);
      for (const channel of Object.keys(CHANNEL_ENV) as Channel[]) {
        const served = channelsServed({ ...CHANNEL_ENV[channel], ...service.environment });
        // Started for this channel's users exactly when it then has something to serve.
        expect({ name, channel, serves: served.length > 0 }).toEqual({ name, channel, serves: service.profiles![0] === PROFILE[channel] });
      }
      // With every channel configured, Discord's gateway is still held by one service only.
      const everything = Object.assign({}, ...Object.values(CHANNEL_ENV), service.environment) as Record<string, string>;
      expect(channelsServed(everything).every((channel) => PROFILE[channel] === service.profiles![0]), name).toBe(true);
    }
  });

  it("keep the proxy with the replicas it forwards to", () => {
    const { services } = compose("deploy/compose.replicas.yaml");
    expect(services.proxy?.profiles).toEqual(services.advisor?.profiles);
    expect(services.redis?.profiles).toBeUndefined();
  });
});
