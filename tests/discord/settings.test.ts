import { describe, expect, it } from "vitest";
import { ConfigError } from "../../adapters/config.js";
import { DISCORD_API, readDiscordSettings } from "../../adapters/discord/settings.js";

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAx.GstAnd.stand-in-signature-0123456789abcdef";
const valid = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "110000000000000001" };

function problem(env: NodeJS.ProcessEnv): string {
  try {
    readDiscordSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("Discord settings", () => {
  it("reads the token and application id, with Discord's API as the default base URL", () => {
    expect(readDiscordSettings(valid)).toEqual({ token: TOKEN, applicationId: "110000000000000001", guildId: undefined, apiUrl: DISCORD_API });
  });

  it("takes a guild and another API base, without a trailing slash", () => {
    const settings = readDiscordSettings({ ...valid, DISCORD_GUILD_ID: "120000000000000001", DISCORD_API_URL: "http://127.0.0.1:8080/api/" });
    expect(settings).toMatchObject({ guildId: "120000000000000001", apiUrl: "http://127.0.0.1:8080/api" });
  });

  it("names every missing variable and where to find it", () => {
    const message = problem({});
    expect(message).toContain("DISCORD_TOKEN is not set");
    expect(message).toContain("Bot → Reset Token");
    expect(message).toContain("DISCORD_APPLICATION_ID is not set");
    expect(message).toContain("General Information → Application ID");
    expect(message).not.toContain("DISCORD_GUILD_ID");
  });

  it("names a malformed token without printing it", () => {
    const pasted = `Bot ${TOKEN}`;
    const message = problem({ ...valid, DISCORD_TOKEN: pasted });
    expect(message).toContain("DISCORD_TOKEN does not look right");
    expect(message).not.toContain(TOKEN);
  });

  it("names a malformed guild id or API URL", () => {
    expect(problem({ ...valid, DISCORD_GUILD_ID: "my server" })).toContain("DISCORD_GUILD_ID does not look right");
    expect(problem({ ...valid, DISCORD_API_URL: "discord.com" })).toContain("DISCORD_API_URL does not look right");
  });
});
