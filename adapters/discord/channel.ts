import { runtimeOptions } from "../platform-options.js";
import type { ChannelEntry } from "../runtime/entry.js";
import type { DiscordAdapter } from "./adapter.js";
import { discordSettings, DISCORD_VARIABLES } from "./settings.js";
import { TOKEN_URL_PATTERNS } from "./token-urls.js";

/** The Discord bot as a channel: its gateway going down and up shows in the health check, and a fatal close stops the process. */
export const discord: ChannelEntry<typeof DISCORD_VARIABLES> = {
  name: "discord",
  switch: "DISCORD_TOKEN",
  turnOn: "set DISCORD_TOKEN and DISCORD_APPLICATION_ID (docs/discord.md)",
  variables: DISCORD_VARIABLES,
  secrets: ["DISCORD_TOKEN"],
  redact: TOKEN_URL_PATTERNS,
  create(runtime, values) {
    const { token, apiUrl, shards } = discordSettings(values);
    const name = "discord";
    let adapter: DiscordAdapter | undefined;
    return {
      name,
      async start() {
        const { createDiscordAdapter } = await import("./adapter.js");
        adapter = createDiscordAdapter(runtime.advisor, { ...runtimeOptions(runtime, name), apiUrl, shards, onFatalClose: runtime.fail });
        await adapter.start(token);
      },
      stop: async () => adapter?.stop(),
    };
  },
};
