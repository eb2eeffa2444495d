import { z } from "zod";
import { checkShards, SHARD_FIELDS, shardOptions, type ShardOptions } from "../discord-shards.js";
import { optional, readVariables, required } from "../runtime/settings.js";

/** Discord's own REST base; the gateway URL is whatever `GET /gateway/bot` on this base returns. */
export const DISCORD_API = "https://discord.com/api";

export type DiscordSettings = {
  token: string;
  applicationId: string;
  /** Registers the command to this server only (instant) instead of globally. */
  guildId?: string;
  apiUrl: string;
  /** DISCORD_SHARDS and DISCORD_SHARD_IDS; unset, one shard. */
  shards?: ShardOptions;
};

const snowflake = { pattern: /^\d{17,20}$/, description: "a numeric id of 17 to 20 digits" };

/** Every variable the bot reads. */
export const DISCORD_VARIABLES = z.object({
  DISCORD_TOKEN: required("DISCORD_TOKEN", {
    use: "Discord bot token; with DISCORD_APPLICATION_ID turns Discord on",
    where: "the Discord Developer Portal → your application → Bot → Reset Token",
    format: { pattern: /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, description: 'a bot token: three parts separated by dots, without a "Bot " prefix' },
  }),
  DISCORD_APPLICATION_ID: required("DISCORD_APPLICATION_ID", {
    use: "Discord application id",
    where: "the Discord Developer Portal → your application → General Information → Application ID",
    format: snowflake,
  }),
  DISCORD_GUILD_ID: optional("DISCORD_GUILD_ID", {
    use: "register /career in this one server only (optional)",
    where: "Discord with Developer Mode on (User Settings → Advanced): right-click the server → Copy Server ID",
    format: snowflake,
  }),
  DISCORD_API_URL: optional("DISCORD_API_URL", {
    use: "another Discord REST base URL (testing)",
    where: `the service standing in for Discord; leave it unset to use ${DISCORD_API}`,
    format: { pattern: /^https?:\/\/[^\s/]+(\/\S*)?$/, description: "an http(s) URL such as https://discord.com/api" },
  }),
  ...SHARD_FIELDS,
}).superRefine(checkShards);

/** The bot's configuration from variables already checked; how the shard variables combine is checked here. */
export function discordSettings(values: z.output<typeof DISCORD_VARIABLES>): DiscordSettings {
  return {
    token: values.DISCORD_TOKEN,
    applicationId: values.DISCORD_APPLICATION_ID,
    guildId: values.DISCORD_GUILD_ID,
    apiUrl: (values.DISCORD_API_URL ?? DISCORD_API).replace(/\/+$/, ""),
    shards: shardOptions(values),
  };
}

/** Reads the bot's configuration; a missing or malformed value throws a ConfigError naming the variable, never its value. */
export function readDiscordSettings(env: NodeJS.ProcessEnv = process.env): DiscordSettings {
  return discordSettings(readVariables(DISCORD_VARIABLES, env));
}
