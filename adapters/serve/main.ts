import { createStoredAdvisor } from "../../src/index.js";
import { bootAdvisor, watchedKnowledge } from "../boot.js";
import { TOKEN_URL_PATTERNS } from "../discord/token-urls.js";
import { createApiKeys } from "../http/api-keys.js";
import { createRouter, type Mount, type Route } from "../http/router.js";
import { API_RATE_LIMIT, askRoute } from "../http/routes/ask.js";
import { feedbackRoute } from "../http/routes/feedback.js";
import { healthRoute } from "../http/routes/health.js";
import { metricsRoute } from "../http/routes/metrics.js";
import { openApiRoute } from "../http/routes/openapi.js";
import { httpChannel } from "../http/server.js";
import { createLogger } from "../log.js";
import { openConfiguredStore } from "../open-store.js";
import { dataSettings, openRecords } from "../records.js";
import { createPipeline } from "../pipeline.js";
import { RESPONSE_URL_PATTERNS } from "../slack/redact.js";
import { EVENTS_PATH } from "../slack/surface.js";
import { packageVersion } from "../version.js";
import { webChatMount } from "../web/mount.js";
import { createChannelStates, type Channel } from "./channel.js";
import { discordChannel } from "./channels/discord.js";
import { slackChannel } from "./channels/slack.js";
import { createMetrics } from "./metrics.js";
import { readStoreSettings } from "../store-settings.js";
import { readServeSettings } from "./settings.js";
import { registerStoreMetrics } from "./store-metrics.js";
import { createSupervisor } from "./supervise.js";

/**
 * `career-advisor serve`: every configured channel in one process, on one advisor and one HTTP server.
 * Resolves once all are running, with `finished`: resolved after SIGINT or SIGTERM has stopped them,
 * rejected with the reason after a channel failed for good.
 */
export async function startServe(options: { knowledge?: string } = {}): Promise<{ finished: Promise<void>; port: number }> {
  const settings = readServeSettings();
  const storeSettings = readStoreSettings();
  const data = dataSettings();
  const logger = createLogger({
    secrets: [settings.discord?.token, ...(settings.slack?.secrets ?? []), ...(settings.apiKeys ?? []), ...storeSettings.secrets],
    patterns: [...TOKEN_URL_PATTERNS, ...RESPONSE_URL_PATTERNS],
  });
  const metrics = createMetrics();
  const states = createChannelStates(metrics.channelState);
  const watched = watchedKnowledge(logger, (result) => metrics.reloaded(result.ok));
  const { advisor } = await bootAdvisor(options.knowledge, watched);
  process.on("unhandledRejection", (reason) => logger.error("unhandled rejection", reason));
  // One store for every channel: conversations, event claims, rate limits, shared answers and votes.
  const store = await openConfiguredStore(storeSettings, logger);
  registerStoreMetrics(metrics.registry, store);
  const shared = createStoredAdvisor(advisor, store.conversations, watched.onError);
  // Every channel records what it could not answer under DATA_DIR, and counts votes through the store.
  const records = openRecords(data, logger, () => advisor.knowledge.version, store);
  const supervisor = createSupervisor(logger);

  const channels: Channel[] = [];
  const routes: Route[] = [healthRoute(states, () => advisor.knowledge, () => store.health()), metricsRoute(metrics.registry)];
  const mounts: Mount[] = [];
  if (settings.discord) channels.push(discordChannel(shared, settings.discord, { logger, store, states, supervisor, metrics, records }));
  if (settings.slack) {
    const slack = slackChannel(shared, settings.slack, { logger, store, states, metrics, records });
    channels.push(slack);
    // Slack posts commands, events and button presses all to one path.
    if (slack.requestListener) mounts.push({ prefix: EVENTS_PATH, handle: slack.requestListener });
  }
  if (settings.apiKeys) {
    const keys = createApiKeys(settings.apiKeys);
    const ask = createPipeline(shared, { channel: "api", store, rateLimit: API_RATE_LIMIT, logger, metrics, recorder: records.recorder });
    routes.push(askRoute({ ask, keys }), feedbackRoute({ votes: records.votes, keys, limiter: store.rateLimiter({ name: "api-feedback", ...API_RATE_LIMIT }) }), openApiRoute(packageVersion()));
  }
  if (settings.web) mounts.push(webChatMount(shared, settings.web, { store, logger, metrics, recorder: records.recorder, knowledge: () => advisor.knowledge }));
  // Started last and so stopped first: no new request reaches a channel that is stopping.
  const http = httpChannel("http", createRouter(routes, mounts, logger), { port: settings.port, host: settings.host });
  if (settings.apiKeys) states.set("api", "starting");
  const server: Channel = {
    name: http.name,
    async start() {
      await http.start();
      if (settings.apiKeys) states.set("api", "connected");
    },
    async stop() {
      if (settings.apiKeys) states.set("api", "stopped");
      await http.stop();
    },
  };

  const on = channels.map((channel) => channel.name).concat(settings.apiKeys ? ["api"] : [], settings.web ? ["web"] : []);
  logger.info(`starting: ${on.join(", ")}`, { channels: on, knowledge: advisor.knowledge.version, store: store.health().backend });
  for (const { channel, turnOn } of settings.off) logger.info(`${channel} is off: ${turnOn}`, { channel });

  const cleanup = async () => {
    advisor.close();
    await store.close();
  };
  const running = await supervisor.start([...channels, server], { cleanup });
  const port = http.port!;
  logger.info(`serving ${on.join(", ")}; listening on ${settings.host ?? "every interface"} port ${port}: /healthz, /metrics${settings.slack?.connection.mode === "http" ? `, Slack at ${EVENTS_PATH}` : ""}${settings.apiKeys ? ", the API at /v1/ask" : ""}${settings.web ? ", the web chat at /chat" : ""}`, { port });
  return { finished: running.finished, port };
}
