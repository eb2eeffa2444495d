import { Events, type Client } from "discord.js";
import type { Logger } from "../log.js";

/**
 * While the gateway is down discord.js tries to reconnect about twice a second, each try an error and a
 * reconnect event; an outage is logged once as it starts and once as it ends, with how long it lasted.
 * `quiet` holds while the bot itself is closing the connection, or has closed it for good.
 */
export function logGatewayOutages(client: Client, logger: Logger, quiet: () => boolean): void {
  let downSince: number | undefined;
  const down = (error?: Error) => {
    if (quiet() || downSince !== undefined) return;
    downSince = Date.now();
    logger.warn("lost the connection to Discord's gateway; reconnecting (logged again when it is back)", error);
  };
  const up = () => {
    if (downSince === undefined) return;
    const seconds = ((Date.now() - downSince) / 1000).toFixed(1);
    downSince = undefined;
    logger.info(`the connection to Discord's gateway is back after ${seconds} s`);
  };
  client.on(Events.ShardReconnecting, () => down());
  client.on(Events.ShardError, (error) => down(error));
  client.on(Events.ShardResume, up);
  client.on(Events.ShardReady, up);
}
