import { bootAdvisor, watchedKnowledge } from "../boot.js";
import { createLogger } from "../log.js";
import { createChannelStates } from "../serve/channel.js";
import { discordChannel } from "../serve/channels/discord.js";
import { instrumentAdvisor } from "../serve/instrument.js";
import { createSupervisor } from "../serve/supervise.js";
import { COMMAND_NAME, registerCommands } from "./commands.js";
import { readDiscordSettings } from "./settings.js";
import { TOKEN_URL_PATTERNS } from "./token-urls.js";

/**
 * `career-advisor discord` runs the bot until SIGINT or SIGTERM, resolving once connected with `finished` (which
 * rejects if Discord later closes the connection for good); `career-advisor discord register` registers its command.
 */
export async function runDiscord({ action, knowledge }: { action?: string; knowledge?: string }): Promise<{ finished: Promise<void> } | undefined> {
  const settings = readDiscordSettings();
  const logger = createLogger({ secrets: [settings.token], patterns: TOKEN_URL_PATTERNS });

  if (action === "register") {
    await registerCommands(settings);
    logger.info(
      settings.guildId
        ? `registered /${COMMAND_NAME} in server ${settings.guildId}, replacing its previous commands there`
        : `registered /${COMMAND_NAME} globally (servers and direct messages), replacing the previous global commands`,
    );
    return undefined;
  }

  const { advisor } = bootAdvisor(knowledge, watchedKnowledge(logger));
  // A rejection nobody awaited, in discord.js or here, is logged; one failed reply must not take the bot down.
  process.on("unhandledRejection", (reason) => logger.error("unhandled rejection", reason));
  logger.info("starting: discord", { knowledge: advisor.knowledge.version });
  const supervisor = createSupervisor(logger);
  const channel = discordChannel(instrumentAdvisor(advisor, "discord", { logger }), settings, { logger, states: createChannelStates(), supervisor });
  return supervisor.start([channel], { cleanup: () => advisor.close(), stopping: (signal) => `${signal} received, logging out of Discord` });
}
