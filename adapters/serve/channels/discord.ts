import type { Advisor, RateLimiter } from "../../../src/index.js";
import { createDiscordAdapter } from "../../discord/adapter.js";
import type { DiscordSettings } from "../../discord/settings.js";
import type { Logger } from "../../log.js";
import type { Channel, ChannelStates } from "../channel.js";
import type { Supervisor } from "../supervise.js";

/** The Discord bot as a channel: its gateway state feeds the health check, and a fatal close stops the process. */
export function discordChannel(
  advisor: Advisor,
  settings: DiscordSettings,
  { logger, states, supervisor, decorateLimiter }: { logger: Logger; states: ChannelStates; supervisor: Supervisor; decorateLimiter?: (limiter: RateLimiter) => RateLimiter },
): Channel {
  const name = "discord";
  const adapter = createDiscordAdapter(advisor, {
    logger,
    apiUrl: settings.apiUrl,
    decorateLimiter,
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
