import { bootAdvisor, watchedKnowledge } from "../boot.js";
import { createLogger } from "../log.js";
import { createSlackAdapter } from "./app.js";
import { RESPONSE_URL_PATTERNS } from "./redact.js";
import { describeRejection, readSlackSettings } from "./settings.js";
import { EVENTS_PATH, HEALTH_PATH } from "./surface.js";
import { TokenRejected } from "./token-rejected.js";

/** `career-advisor slack`: runs until SIGINT or SIGTERM, then stops cleanly. */
export async function runSlack(options: { knowledge?: string }): Promise<void> {
  const settings = readSlackSettings();
  const { connection } = settings;
  const logger = createLogger({ secrets: settings.secrets, patterns: RESPONSE_URL_PATTERNS });
  const { advisor } = bootAdvisor(options.knowledge, watchedKnowledge(logger));
  const adapter = createSlackAdapter(advisor, { botToken: settings.botToken, connection, apiUrl: settings.apiUrl, logger });

  try {
    await adapter.start();
  } catch (error) {
    throw error instanceof TokenRejected ? describeRejection(error) : error;
  }
  logger.info(
    connection.mode === "http"
      ? `Listening on port ${adapter.port}: Slack requests at ${EVENTS_PATH}, health check at ${HEALTH_PATH}`
      : "Connected to Slack in Socket Mode",
  );

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const stop = (received: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(received);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  logger.info(`Stopping (${signal})`);
  advisor.close();
  await adapter.stop();
}
