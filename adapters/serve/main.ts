import { createStoredAdvisor } from "../../src/index.js";
import { bootAdvisor, watchedKnowledge } from "../boot.js";
import { TOKEN_URL_PATTERNS } from "../discord/token-urls.js";
import { createApiKeys } from "../http/api-keys.js";
import { createApp, type Route } from "../http/app.js";
import { askRoute } from "../http/routes/ask.js";
import { feedbackRoute } from "../http/routes/feedback.js";
import { healthRoute } from "../http/routes/health.js";
import { metricsRoute } from "../http/routes/metrics.js";
import { openApiRoute } from "../http/routes/openapi.js";
import { liveRoute, readyRoute } from "../http/routes/probes.js";
import { httpChannel, type Mount } from "../http/server.js";
import { readHttpSettings } from "../http/settings.js";
import { createLogger } from "../log.js";
import { openConfiguredStore } from "../open-store.js";
import { dataSettings, openRecords } from "../records.js";
import { createPipeline } from "../pipeline.js";
import { RESPONSE_URL_PATTERNS } from "../slack/redact.js";
import { EVENTS_PATH } from "../slack/surface.js";
import { packageVersion } from "../version.js";
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
  const httpSettings = readHttpSettings();
  const storeSettings = readStoreSettings();
  const data = dataSettings();
  const logger = createLogger({
    secrets: [settings.discord?.token, ...(settings.slack?.secrets ?? []), ...(settings.apiKeys ?? []), httpSettings.metricsToken, ...storeSettings.secrets],
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
  const metricsAt = metricsRoute(metrics.registry, httpSettings.metricsToken);
  const routes: Route[] = [
    healthRoute(states, () => advisor.knowledge, () => store.health()),
    liveRoute(),
    readyRoute(() => http.stopping, () => advisor.knowledge),
    // With a port of its own, /metrics is not served on the public one at all.
    ...(httpSettings.metricsPort === undefined ? [metricsAt] : []),
  ];
  const mounts: Mount[] = [];
  if (settings.discord) channels.push(discordChannel(shared, settings.discord, { logger, store, states, supervisor, metrics, records }));
  if (settings.slack) {
    const slack = slackChannel(shared, settings.slack, { logger, store, states, metrics, records });
    channels.push(slack);
    // Slack posts commands, events and button presses all to one path.
    if (slack.requestListener) mounts.push({ prefix: EVENTS_PATH, name: "Slack's request listener", handle: slack.requestListener });
  }
  if (settings.apiKeys) {
    const keys = createApiKeys(settings.apiKeys);
    const { rateLimit } = httpSettings;
    const ask = createPipeline(shared, { channel: "api", store, rateLimit, logger, metrics, recorder: records.recorder });
    routes.push(askRoute({ ask, keys, rateLimit }), feedbackRoute({ votes: records.votes, keys, store, rateLimit }), openApiRoute(packageVersion()));
  }
  // Started last and so stopped first: no new request reaches a channel that is stopping.
  const http = httpChannel("http", createApp(routes, logger), { port: settings.port, host: settings.host, logger, mounts });
  const metricsServer =
    httpSettings.metricsPort === undefined
      ? []
      : [httpChannel("metrics", createApp([metricsAt], logger), { port: httpSettings.metricsPort, host: settings.host, logger, portVariable: "METRICS_PORT" })];
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

  const on = channels.map((channel) => channel.name).concat(settings.apiKeys ? ["api"] : []);
  logger.info(`starting: ${on.join(", ")}`, { channels: on, knowledge: advisor.knowledge.version, store: store.health().backend });
  for (const { channel, turnOn } of settings.off) logger.info(`${channel} is off: ${turnOn}`, { channel });

  const cleanup = async () => {
    advisor.close();
    await store.close();
  };
  // The metrics server starts first and so stops last: the drain can be watched to its end.
  const running = await supervisor.start([...metricsServer, ...channels, server], { cleanup });
  const port = http.port!;
  const metricsWhere = httpSettings.metricsPort === undefined ? ", /metrics" : `; /metrics on port ${metricsServer[0]!.port}`;
  logger.info(`serving ${on.join(", ")}; listening on ${settings.host ?? "every interface"} port ${port}: /livez, /readyz, /healthz${settings.slack?.connection.mode === "http" ? `, Slack at ${EVENTS_PATH}` : ""}${settings.apiKeys ? ", the API at /v1/ask" : ""}${metricsWhere}`, { port });
  return { finished: running.finished, port };
}
