import { GatewayCloseCodes } from "discord.js";

export const BAD_TOKEN =
  "Discord rejected DISCORD_TOKEN. Reset the token in the Discord Developer Portal → your application → Bot, then update DISCORD_TOKEN.";

// Closes after which reconnecting can only fail again; each costs one of the 1,000 identifies Discord allows a day.
const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [GatewayCloseCodes.AuthenticationFailed, BAD_TOKEN],
  [GatewayCloseCodes.InvalidShard, "Discord refused the shard this bot connected as."],
  [GatewayCloseCodes.ShardingRequired, "Discord requires sharding: the bot is in too many servers for a single connection."],
  [GatewayCloseCodes.InvalidAPIVersion, "Discord no longer accepts the gateway version this bot speaks; update discord.js."],
  [GatewayCloseCodes.InvalidIntents, "Discord refused the gateway intents this bot asked for."],
  [
    GatewayCloseCodes.DisallowedIntents,
    "Discord refused a privileged intent the bot asked for; this bot needs none, so check that it runs an unmodified build.",
  ],
]);

/** Why the gateway will not take the bot back, or nothing when a reconnect may succeed. */
export function fatalCloseMessage(code: number): string | undefined {
  const reason = FATAL_CLOSES.get(code);
  return reason && `${reason} (gateway close ${code}; not reconnecting)`;
}

/** discord.js reports a token refused by `GET /gateway/bot` (HTTP 401) as this error code, before the gateway is involved. */
export function loginFailureMessage(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && error.code === "TokenInvalid" ? BAD_TOKEN : undefined;
}
