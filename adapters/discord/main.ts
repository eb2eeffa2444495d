import { bootAdvisor, watchedKnowledge } from "../boot.js";
import { createLogger } from "../log.js";
import { createDiscordAdapter } from "./adapter.js";
import { COMMAND_NAME, registerCommands } from "./commands.js";
import { readDiscordSettings } from "./settings.js";
import { TOKEN_URL_PATTERNS } from "./token-urls.js";

/** `career-advisor discord` runs the bot until SIGINT or SIGTERM; `career-advisor discord register` registers its command. */
export async function runDiscord({ action, knowledge }: { action?: string; knowledge?: string }): Promise<void> {
  const settings = readDiscordSettings();
  const logger = createLogger({ secrets: [settings.token], patterns: TOKEN_URL_PATTERNS });

  if (action === "register") {
    await registerCommands(settings);
    logger.info(
      settings.guildId
        ? `registered /${COMMAND_NAME} in server ${settings.guildId}, replacing its previous commands there`
        : `registered /${COMMAND_NAME} globally (servers and direct messages), replacing the previous global commands`,
    );
    return;
  }

  const { advisor } = bootAdvisor(knowledge, watchedKnowledge(logger));
  // A rejection nobody awaited, in discord.js or here, is logged; one failed reply must not take the bot down.
  process.on("unhandledRejection", (reason) => logger.error("unhandled rejection", reason));
  const adapter = createDiscordAdapter(advisor, {
    logger,
    apiUrl: settings.apiUrl,
    onFatalClose: () => {
      process.exitCode = 1;
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // `once`: a second signal during a slow logout ends the process the default way.
    process.once(signal, () => {
      logger.info(`${signal} received, logging out of Discord`);
      advisor.close();
      adapter.stop().catch((error: unknown) => logger.error("logging out failed", error));
    });
  }
  await adapter.start(settings.token);
}
