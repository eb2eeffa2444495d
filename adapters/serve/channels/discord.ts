import type { SharedAdvisor, Store } from "../../../src/index.js";
import { createDiscordAdapter } from "../../discord/adapter.js";
import type { DiscordSettings } from "../../discord/settings.js";
import type { Logger } from "../../log.js";
import type { Records } from "../../records.js";
import type { Channel, ChannelStates } from "../channel.js";
import type { Metrics } from "../metrics.js";
import type { Supervisor } from "../supervise.js";

/** The Discord bot as a channel: its gateway state feeds the health check, and a fatal close stops the process. */
export function discordChannel(
  advisor: SharedAdvisor,
  settings: DiscordSettings,
  {
    logger,
    store,
    states,
    supervisor,
    metrics,
    records,
  }: { logger: Logger; store: Store; states: ChannelStates; supervisor: Supervisor; metrics?: Metrics; records?: Records },
): Channel {
  const name = "discord";
  const adapter = createDiscordAdapter(advisor, {
    logger,
    store,
    metrics,
    records,
    apiUrl: settings.apiUrl,
    shards: settings.shards,
    onFatalClose: (message) => supervisor.fail(message),
    onStatus: (connected) => states.set(name, connected ? "connected" : "disconnected"),
  });
  states.set(name, "starting");
  return {
    name,
    async start() {
      await adapter.start(settings.token);
      states.set(name, "connected");
    },
    async stop() {
      await adapter.stop();
      states.set(name, "stopped");
    },
  };
}
