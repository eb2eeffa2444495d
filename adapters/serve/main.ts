import { bootAdvisor, watchedKnowledge } from "../boot.js";
import { TOKEN_URL_PATTERNS } from "../discord/token-urls.js";
import { createApiKeys } from "../http/api-keys.js";
import { createRouter, type Mount, type Route } from "../http/router.js";
import { askRoute } from "../http/routes/ask.js";
import { healthRoute } from "../http/routes/health.js";
import { metricsRoute } from "../http/routes/metrics.js";
import { openApiRoute } from "../http/routes/openapi.js";
import { httpChannel } from "../http/server.js";
import { createLogger } from "../log.js";
import { RESPONSE_URL_PATTERNS } from "../slack/redact.js";
import { EVENTS_PATH } from "../slack/surface.js";
import { packageVersion } from "../version.js";
import { createChannelStates, type Channel } from "./channel.js";
import { discordChannel } from "./channels/discord.js";
import { slackChannel } from "./channels/slack.js";
import { instrumentAdvisor } from "./instrument.js";
import { createMetrics } from "./metrics.js";
import { readServeSettings } from "./settings.js";
import { createSupervisor } from "./supervise.js";

/**
 * `career-advisor serve`: every configured channel in one process, on one advisor and one HTTP server.
 * Resolves once all are running, with `finished`: resolved after SIGINT or SIGTERM has stopped them,
 * rejected with the reason after a channel failed for good.
 */
export async function startServe(options: { knowledge?: string } = {}): Promise<{ finished: Promise<void>; port: number }> {
  const settings = readServeSettings();
  const logger = createLogger({
    secrets: [settings.discord?.token, ...(settings.slack?.secrets ?? []), ...(settings.apiKeys ?? [])],
    patterns: [...TOKEN_URL_PATTERNS, ...RESPONSE_URL_PATTERNS],
  });
  const metrics = createMetrics();
  const states = createChannelStates(metrics.channelState);
  const { advisor } = bootAdvisor(options.knowledge, watchedKnowledge(logger, (result) => metrics.reloaded(result.ok)));
  process.on("unhandledRejection", (reason) => logger.error("unhandled rejection", reason));
  const supervisor = createSupervisor(logger);
  const forChannel = (name: string) => instrumentAdvisor(advisor, name, { logger, metrics });

  const channels: Channel[] = [];
  const routes: Route[] = [healthRoute(states, () => advisor.knowledge), metricsRoute(metrics.registry)];
  const mounts: Mount[] = [];
  if (settings.discord) channels.push(discordChannel(forChannel("discord"), settings.discord, { logger, states, supervisor, decorateLimiter: metrics.countingLimiter("discord") }));
  if (settings.slack) {
    const slack = slackChannel(forChannel("slack"), settings.slack, { logger, states, decorateLimiter: metrics.countingLimiter("slack") });
    channels.push(slack);
    // Slack posts commands, events and button presses all to one path.
    if (slack.requestListener) mounts.push({ prefix: EVENTS_PATH, handle: slack.requestListener });
  }
  if (settings.apiKeys) {
    const keys = createApiKeys(settings.apiKeys);
    routes.push(askRoute({ advisor: forChannel("api"), keys, onRateLimited: () => metrics.rateLimited("api") }), openApiRoute(packageVersion()));
  }
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

  const on = channels.map((channel) => channel.name).concat(settings.apiKeys ? ["api"] : []);
  logger.info(`starting: ${on.join(", ")}`, { channels: on, knowledge: advisor.knowledge.version });
  for (const { channel, turnOn } of settings.off) logger.info(`${channel} is off: ${turnOn}`, { channel });

  const running = await supervisor.start([...channels, server], { cleanup: () => advisor.close() });
  const port = http.port!;
  logger.info(`serving ${on.join(", ")}; listening on ${settings.host ?? "every interface"} port ${port}: /healthz, /metrics${settings.slack?.connection.mode === "http" ? `, Slack at ${EVENTS_PATH}` : ""}${settings.apiKeys ? ", the API at /v1/ask" : ""}`, { port });
  return { finished: running.finished, port };
}
