import type { RequestListener } from "node:http";
import type { Hono } from "hono";
import { knowledgeDir, openAdvisor, openStore, type ReloadResult, type WatchEvent } from "../../src/index.js";
import { CHANNELS } from "../channels.js";
import { Reported } from "../config.js";
import { createApp, type Route } from "../http/app.js";
import type { ApiEnv } from "../http/refuse.js";
import { healthRoute } from "../http/routes/health.js";
import { metricsRoute } from "../http/routes/metrics.js";
import { liveRoute, readyRoute } from "../http/routes/probes.js";
import { httpChannel, type Mount } from "../http/server.js";
import { createLogger, type Logger } from "../log.js";
import { checkDataDir, dataSettings, openRecords } from "../records.js";
import { createChannelStates, type Channel, type ChannelStates } from "../runtime/channel.js";
import type { ChannelEntry, Runtime } from "../runtime/entry.js";
import { createMetrics } from "../runtime/metrics.js";
import { registerStoreMetrics } from "../runtime/store-metrics.js";
import { createSupervisor } from "../runtime/supervise.js";
import { readStoreSettings } from "../store-settings.js";
import { readServeSettings } from "./settings.js";

export type ServeOptions = {
  knowledge?: string;
  /** Run this channel alone (`career-advisor discord`, `career-advisor slack`); its variables must then be right. */
  only?: string;
  /** The channels to choose from. */
  registry?: readonly ChannelEntry[];
};

/**
 * `career-advisor serve`: every configured channel in one process, on one advisor, one store and one HTTP server.
 * Resolves once all are running, with `finished`: resolved after SIGINT or SIGTERM has stopped them, rejected with
 * the reason after a channel failed for good. `port` is the HTTP server's, when one runs: always for `serve`, and
 * for one channel alone only when it answers over HTTP.
 */
export async function startServe({ knowledge, only, registry = CHANNELS }: ServeOptions = {}): Promise<{ finished: Promise<void>; port: number | undefined }> {
  const settings = readServeSettings(registry, only);
  const storeSettings = readStoreSettings();
  const data = dataSettings();
  // With Redis the records go there, and the folder is not written.
  if (!storeSettings.redisUrl) checkDataDir(data);
  const logger = createLogger({
    secrets: [
      ...settings.channels.flatMap(({ entry, values }) => entry.secrets.flatMap((name) => (values as Record<string, string | string[] | undefined>)[name] ?? [])),
      settings.metricsToken,
      ...storeSettings.secrets,
    ],
    patterns: settings.channels.flatMap(({ entry }) => entry.redact ?? []),
  });
  const metrics = createMetrics();
  const states = createChannelStates(metrics.channelState);
  // One store for every channel: conversations, event claims, rate limits, shared answers and votes. Redis when
  // REDIS_URL is set, otherwise the embedded one; an unreachable Redis does not stop the start: the store says so
  // once and the advisor answers without it.
  const store = await openStore({ ...storeSettings, logger: logger.child({ component: "store" }) });
  const backend = store.health().backend;
  logger.info(`state kept in ${backend === "embedded" ? `this process${storeSettings.dataDir ? ` and ${storeSettings.dataDir}` : ""}` : backend}`, { store: backend });
  const advisor = await openAdvisor(knowledgeDir(knowledge), {
    conversations: store.conversations,
    watch: true,
    onReload: (result) => {
      logReload(logger, result);
      metrics.reloaded(result);
    },
    onWatch: (event) => logWatch(logger, event),
  });
  metrics.loaded(advisor.knowledge.version);
  process.on("unhandledRejection", (reason) => logger.error("unhandled rejection", reason));
  registerStoreMetrics(metrics.registry, store);
  // Every channel records what it could not answer under DATA_DIR, and counts votes through the store.
  const records = openRecords(data, logger, () => advisor.knowledge.version, store);
  const supervisor = createSupervisor(logger);

  const routes: Route[] = [];
  const mounts: Mount[] = [];
  const runtime: Runtime = {
    advisor,
    store,
    logger,
    metrics,
    states,
    records,
    fail: (message) => supervisor.fail(message),
    http: {
      route: (route) => void routes.push(route),
      mount: (prefix: string, listener: RequestListener) => void mounts.push({ prefix, name: `the listener at ${prefix}`, handle: listener }),
    },
  };
  const channels = settings.channels.map(({ entry, values }) => reporting(entry.create(runtime, values), logger, states));
  const metricsAt = metricsRoute(metrics.registry, settings.metricsToken);
  const probes: Route[] = [
    healthRoute(states, () => advisor.knowledge, () => store.health()),
    liveRoute(),
    readyRoute(() => http.stopping, () => advisor.knowledge),
    // With a port of its own, /metrics is not served on the public one at all.
    ...(settings.metricsPort === undefined ? [metricsAt] : []),
  ];
  // Built at the first request, when every channel has added its routes (at the latest in its own start).
  let app: Hono<ApiEnv> | undefined;
  const lazyApp = { fetch: (request: Request, env: never) => (app ??= createApp([...probes, ...routes], logger)).fetch(request, env) };
  // Started last and so stopped first: no new request reaches a channel that is stopping.
  const http = httpChannel("http", lazyApp, { port: settings.port, host: settings.host, logger, mounts });
  const metricsServer =
    settings.metricsPort === undefined
      ? []
      : [httpChannel("metrics", createApp([metricsAt], logger), { port: settings.metricsPort, host: settings.host, logger, portVariable: "METRICS_PORT" })];
  // A channel run alone opens a port only when it answers over HTTP; one of them may add its routes as it starts.
  const server: Channel = { name: http.name, start: () => (only === undefined || routes.length || mounts.length ? http.start() : Promise.resolve()), stop: () => http.stop() };

  const on = settings.channels.map(({ entry }) => entry.name);
  logger.info(`starting: ${on.join(", ")}`, { channels: on, knowledge: advisor.knowledge.version, store: store.health().backend });
  for (const { channel, turnOn } of settings.off) logger.info(`${channel} is off: ${turnOn}`, { channel });
  const cleanup = async () => {
    await advisor.close();
    await store.close();
  };
  // The metrics server starts first and so stops last: the drain can be watched to its end.
  const running = await supervisor.start([...metricsServer, ...channels, reporting(server, logger)], { cleanup });
  const port = http.port;
  const paths = [...(port === undefined ? [] : ["/livez", "/readyz", "/healthz"]), ...(settings.metricsPort === undefined ? ["/metrics"] : []), ...mounts.map(({ prefix }) => prefix), ...routes.map(({ path }) => path)];
  const metricsWhere = settings.metricsPort === undefined ? "" : `; /metrics on port ${metricsServer[0]!.port}`;
  logger.info(`serving ${on.join(", ")}${port === undefined ? "" : `; listening on ${settings.host ?? "every interface"} port ${port}: ${[...new Set(paths)].join(", ")}`}${metricsWhere}`, { port });
  return { finished: running.finished, port };
}

/**
 * A channel whose failure to start is logged as one line naming it, so the command then only has to exit; with
 * `states`, /healthz shows it starting until it has started, and stopped once it has stopped.
 */
function reporting(channel: Channel, logger: Logger, states?: ChannelStates): Channel {
  states?.set(channel.name, "starting");
  return {
    name: channel.name,
    async start() {
      try {
        await channel.start();
      } catch (error) {
        logger.error(`${channel.name} could not start`, error, { channel: channel.name });
        throw new Reported(error);
      }
      states?.set(channel.name, "connected");
    },
    async stop() {
      await channel.stop();
      states?.set(channel.name, "stopped");
    },
  };
}

function logWatch(logger: Logger, event: WatchEvent): void {
  if (event.kind === "rearmed") logger.info(`knowledge folder replaced; now watching ${event.path}`, { path: event.path });
  else if (event.kind === "lost") logger.warn(`knowledge folder ${event.path} is gone, still answering from the last good version until it is back: ${event.reason}`, undefined, { path: event.path });
  else logger.warn(`watching the knowledge folder ${event.path} failed, so edits may go unseen: ${event.reason}`, undefined, { path: event.path });
}

function logReload(logger: Logger, result: ReloadResult): void {
  if (result.ok) {
    logger.info(`knowledge reloaded: ${result.knowledge.careers.size} careers`, { version: result.knowledge.version, careers: result.knowledge.careers.size });
    return;
  }
  // The same lines `career-advisor check` prints, so the fix reads the same in both places.
  logger.warn(`knowledge not reloaded, still answering from the last good version:\n  ${result.problems.join("\n  ")}`, undefined, { problems: result.problems });
}
