import { createStoredAdvisor } from "../../src/index.js";
import { ConfigError } from "../config.js";
import { bootAdvisor, watchedKnowledge } from "../boot.js";
import { createLogger } from "../log.js";
import { openConfiguredStore } from "../open-store.js";
import { dataSettings, openRecords } from "../records.js";
import { createSupervisor } from "../serve/supervise.js";
import { readStoreSettings } from "../store-settings.js";
import { createSlackAdapter } from "./app.js";
import { RESPONSE_URL_PATTERNS } from "./redact.js";
import { describeRejection, readSlackSettings } from "./settings.js";
import { EVENTS_PATH, HEALTH_PATH } from "./surface.js";
import { TokenRejected } from "./token-rejected.js";

/** `career-advisor slack`: runs until SIGINT or SIGTERM, then stops cleanly. */
export async function runSlack(options: { knowledge?: string }): Promise<void> {
  const settings = readSlackSettings();
  const { connection } = settings;
  const storeSettings = readStoreSettings();
  const data = dataSettings();
  const logger = createLogger({ secrets: [...settings.secrets, ...storeSettings.secrets], patterns: RESPONSE_URL_PATTERNS });
  const watched = watchedKnowledge(logger);
  const { advisor } = await bootAdvisor(options.knowledge, watched);
  const store = await openConfiguredStore(storeSettings, logger);
  const adapter = createSlackAdapter(createStoredAdvisor(advisor, store.conversations, watched.onError), {
    store,
    botToken: settings.botToken,
    connection: connection.mode === "http" ? { ...connection, host: process.env.HOST?.trim() || undefined } : connection,
    apiUrl: settings.apiUrl,
    logger,
    records: openRecords(data, logger, () => advisor.knowledge.version, store),
  });
  const channel = {
    name: "slack",
    async start() {
      try {
        await adapter.start();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EADDRINUSE" && connection.mode === "http") {
          throw new ConfigError(`port ${connection.port} is already in use: stop what is using it, or set PORT to a free port`);
        }
        throw error instanceof TokenRejected ? describeRejection(error) : error;
      }
    },
    stop: () => adapter.stop(),
  };

  logger.info(`starting: slack (${connection.mode === "http" ? "HTTP mode" : "Socket Mode"})`, { knowledge: advisor.knowledge.version });
  const cleanup = async () => {
    advisor.close();
    await store.close();
  };
  const running = await createSupervisor(logger).start([channel], { cleanup, stopping: (signal) => `Stopping (${signal})` });
  logger.info(
    connection.mode === "http"
      ? `Listening on port ${adapter.port}: Slack requests at ${EVENTS_PATH}, health check at ${HEALTH_PATH}`
      : "Connected to Slack in Socket Mode",
  );
  await running.finished;
}
