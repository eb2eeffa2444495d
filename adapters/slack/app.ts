import type { RequestListener, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, SocketModeReceiver } from "@slack/bolt";
import type { Advisor } from "../../src/index.js";
import { createInFlight, STOP_DEADLINE_MS } from "../in-flight.js";
import type { Logger } from "../log.js";
import { platformPipeline, type PlatformOptions } from "../platform-options.js";
import type { RateLimit } from "../runtime/pipeline.js";
import { toBoltLogger } from "./bolt-logger.js";
import { answerEachEventOnce } from "./dedupe.js";
import { listen } from "./listeners.js";
import { boundedClientOptions, type SlackPatience } from "./patient-fetch.js";
import { createHttpReceiver } from "./receiver.js";
import { createShareStore } from "./shares.js";
import { usingToken } from "./token-rejected.js";

export type SlackConnection =
  /** `listen: false`: start() opens no port; requests are handed to `requestListener` by a server of the caller's. */
  | { mode: "http"; signingSecret: string; port: number; host?: string; listen?: boolean }
  | { mode: "socket"; appToken: string };

/** onStatus is told of the socket in Socket Mode only. */
export type SlackAdapterOptions = PlatformOptions<SlackPatience> & {
  botToken: string;
  connection: SlackConnection;
  /** Base URL of the Web API, when not https://slack.com/api/. */
  apiUrl?: string;
};

export type SlackAdapter = {
  /** Checks the bot token with Slack, then listens (HTTP) or connects (Socket Mode); a refused token is a TokenRejected. */
  start(): Promise<void>;
  /** Stops taking requests, lets replies in flight finish within the deadline, gives up (and logs) the rest. */
  stop(): Promise<void>;
  /** The port listened on once started in HTTP mode, which matters when 0 asked for any free one. */
  readonly port: number | undefined;
  /** HTTP mode: answers Slack's requests (events, commands, interactivity) arriving on any server. */
  readonly requestListener?: RequestListener;
};

// Ten questions a minute: more than anyone types, less than a script sends.
const DEFAULT_RATE_LIMIT: RateLimit = { points: 10, windowMs: 60_000 };

export function createSlackAdapter(advisor: Advisor, options: SlackAdapterOptions): SlackAdapter {
  const { connection, logger, store } = options;
  const boltLogger = toBoltLogger(logger);
  const stopping = new AbortController();
  const clientOptions = boundedClientOptions(options.apiUrl, boltLogger, stopping.signal, options.patience);
  // HTTP mode answers what Slack posts; Socket Mode dials out to Slack, so it needs no public URL.
  const receiver =
    connection.mode === "http"
      ? createHttpReceiver(connection.signingSecret, logger, boltLogger)
      : new SocketModeReceiver({ appToken: connection.appToken, logger: boltLogger, installerOptions: { clientOptions } });
  // Deferred so that a bad bot token fails start() instead of surfacing later as an unhandled rejection.
  const app = new App({ token: options.botToken, receiver, logger: boltLogger, clientOptions, deferInitialization: true });

  const inFlight = createInFlight();
  app.use(async ({ next }) => inFlight.track(next()));
  app.use(answerEachEventOnce(store.events));
  const pipeline = platformPipeline(advisor, "slack", options, DEFAULT_RATE_LIMIT);
  listen(app, pipeline, createShareStore(store.shares), logger, options.records?.votes);
  // Replies that could not be sent are logged where they were sent; anything else a request fails with is logged here.
  app.error(async (error) => logger.error("A Slack request could not be answered", error));

  if (receiver instanceof SocketModeReceiver && options.onStatus) {
    const { onStatus } = options;
    receiver.client.on("connected", () => onStatus(true));
    for (const event of ["disconnected", "reconnecting"]) receiver.client.on(event, () => onStatus(false));
  }
  const listens = connection.mode === "http" && connection.listen !== false;

  let port: number | undefined;
  let stopped: Promise<void> | undefined;
  async function shutdown(): Promise<void> {
    // Bolt's SocketModeReceiver.stop() returns before the socket has closed; waiting here means stopped is stopped.
    if (receiver instanceof SocketModeReceiver) await receiver.client.disconnect();
    else if (listens) await app.stop();
    port = undefined;
    const deadline = options.stopDeadlineMs ?? STOP_DEADLINE_MS;
    await inFlight.drain(deadline, (count) => {
      logger.warn(`Stopping: giving up ${count} repl${count === 1 ? "y" : "ies"} still unsent after ${deadline / 1000} s`);
      stopping.abort();
    });
  }

  return {
    async start() {
      await usingToken("bot", () => app.init());
      if (connection.mode === "socket") {
        await usingToken("app", () => app.start());
        return;
      }
      if (!listens) return;
      const server = (await app.start({ port: connection.port, host: connection.host })) as Server;
      port = (server.address() as AddressInfo).port;
    },
    stop() {
      stopped ??= shutdown();
      return stopped;
    },
    get port() {
      return port;
    },
    requestListener: receiver instanceof SocketModeReceiver ? undefined : receiver.requestListener,
  };
}
