import { createLogger } from "../../adapters/log.js";
import { createDiscordAdapter, type DiscordAdapterOptions } from "../../adapters/discord/adapter.js";
import { TOKEN_URL_PATTERNS } from "../../adapters/discord/token-urls.js";
import type { Advisor, Store } from "../../src/index.js";
import { embeddedStore } from "../helpers.js";
import { Recorder } from "./stand-in/recorder.js";
import { startStandIn, type StandInOptions } from "./stand-in/server.js";

/** Shaped like a bot token (bot id, timestamp, signature); only the stand-in accepts it. */
export const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAx.GstAnd.stand-in-signature-0123456789abcdef";

/** The adapter as the Discord channel builds it, pointed at a fresh stand-in, with its log lines recorded. */
export async function startBot(
  advisor: Advisor,
  options: Partial<StandInOptions> & Pick<DiscordAdapterOptions, "rateLimit" | "onFatalClose" | "stopDeadlineMs" | "patience" | "records"> & { store?: Store } = {},
) {
  const standIn = await startStandIn({ token: TOKEN, closeOnIdentify: options.closeOnIdentify });
  const logs = new Recorder<string>();
  const logger = createLogger({ secrets: [TOKEN], patterns: TOKEN_URL_PATTERNS, write: (line) => logs.add(line) });
  const adapter = createDiscordAdapter(advisor, {
    logger,
    store: options.store ?? embeddedStore(),
    apiUrl: standIn.apiUrl,
    rateLimit: options.rateLimit,
    onFatalClose: options.onFatalClose,
    stopDeadlineMs: options.stopDeadlineMs,
    patience: options.patience,
    records: options.records,
  });
  return {
    standIn,
    adapter,
    logs,
    /** Stops the bot, then the stand-in. */
    async close() {
      await adapter.stop();
      await standIn.close();
    },
  };
}
