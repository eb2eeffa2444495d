import { createLogger } from "../log.js";
import { COMMAND_NAME, registerCommands } from "./commands.js";
import { readDiscordSettings } from "./settings.js";
import { TOKEN_URL_PATTERNS } from "./token-urls.js";

/** `career-advisor discord register`: registers /career, in one server when DISCORD_GUILD_ID is set, else globally. */
export async function runRegister(): Promise<void> {
  const settings = readDiscordSettings();
  const logger = createLogger({ secrets: [settings.token], patterns: TOKEN_URL_PATTERNS });
  await registerCommands(settings);
  logger.info(
    settings.guildId
      ? `registered /${COMMAND_NAME} in server ${settings.guildId}, replacing its previous commands there`
      : `registered /${COMMAND_NAME} globally (servers and direct messages), replacing the previous global commands`,
  );
}
