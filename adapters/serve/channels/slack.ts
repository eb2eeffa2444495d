import type { RequestListener } from "node:http";
import type { SharedAdvisor, Store } from "../../../src/index.js";
import { createSlackAdapter } from "../../slack/app.js";
import { describeRejection, type SlackSettings } from "../../slack/settings.js";
import { TokenRejected } from "../../slack/token-rejected.js";
import type { Logger } from "../../log.js";
import type { Records } from "../../records.js";
import type { Channel, ChannelStates } from "../channel.js";
import type { Metrics } from "../metrics.js";

export type SlackChannel = Channel & {
  /** HTTP mode: Slack's requests, for the shared server to hand over. */
  readonly requestListener?: RequestListener;
};

/** The Slack app as a channel; in HTTP mode it opens no port of its own and answers on the shared server. */
export function slackChannel(
  advisor: SharedAdvisor,
  settings: SlackSettings,
  { logger, store, states, metrics, records }: { logger: Logger; store: Store; states: ChannelStates; metrics?: Metrics; records?: Records },
): SlackChannel {
  const name = "slack";
  const { connection } = settings;
  const adapter = createSlackAdapter(advisor, {
    botToken: settings.botToken,
    connection: connection.mode === "http" ? { ...connection, listen: false } : connection,
    apiUrl: settings.apiUrl,
    logger,
    store,
    metrics,
    records,
    onStatus: (connected) => states.set(name, connected ? "connected" : "disconnected"),
  });
  states.set(name, "starting");
  return {
    name,
    async start() {
      try {
        await adapter.start();
      } catch (error) {
        throw error instanceof TokenRejected ? describeRejection(error) : error;
      }
      states.set(name, "connected");
    },
    async stop() {
      await adapter.stop();
      states.set(name, "stopped");
    },
    requestListener: adapter.requestListener,
  };
}
