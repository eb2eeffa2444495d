import { createStoredAdvisor } from "../../src/index.js";
import { bootAdvisor, watchedKnowledge } from "../boot.js";
import { createLogger } from "../log.js";
import { openConfiguredStore } from "../open-store.js";
import { dataSettings, openRecords } from "../records.js";
import { createChannelStates } from "../serve/channel.js";
import { discordChannel } from "../serve/channels/discord.js";
import { createSupervisor } from "../serve/supervise.js";
import { readStoreSettings } from "../store-settings.js";
import { COMMAND_NAME, registerCommands } from "./commands.js";
import { readDiscordSettings } from "./settings.js";
import { TOKEN_URL_PATTERNS } from "./token-urls.js";

/**
 * `career-advisor discord` runs the bot until SIGINT or SIGTERM, resolving once connected with `finished` (which
 * rejects if Discord later closes the connection for good); `career-advisor discord register` registers its command.
 */
export async function runDiscord({ action, knowledge }: { action?: string; knowledge?: string }): Promise<{ finished: Promise<void> } | undefined> {
  const settings = readDiscordSettings();
  const storeSettings = readStoreSettings();
  const data = dataSettings();
  const logger = createLogger({ secrets: [settings.token, ...storeSettings.secrets], patterns: TOKEN_URL_PATTERNS });

  if (action === "register") {
    await registerCommands(settings);
    logger.info(
      settings.guildId
        ? `registered /${COMMAND_NAME} in server ${settings.guildId}, replacing its previous commands there`
        : `registered /${COMMAND_NAME} globally (servers and direct messages), replacing the previous global commands`,
    );
    return undefined;
  }

  const watched = watchedKnowledge(logger);
  const { advisor } = await bootAdvisor(knowledge, watched);
  // A rejection nobody awaited, in discord.js or here, is logged; one failed reply must not take the bot down.
  process.on("unhandledRejection", (reason) => logger.error("unhandled rejection", reason));
  logger.info("starting: discord", { knowledge: advisor.knowledge.version });
  const store = await openConfiguredStore(storeSettings, logger);
  const supervisor = createSupervisor(logger);
  const shared = createStoredAdvisor(advisor, store.conversations, watched.onError);
  const records = openRecords(data, logger, () => advisor.knowledge.version, store);
  const channel = discordChannel(shared, settings, { logger, store, states: createChannelStates(), supervisor, records });
  const cleanup = async () => {
    advisor.close();
    await store.close();
  };
  return supervisor.start([channel], { cleanup, stopping: (signal) => `${signal} received, logging out of Discord` });
}
