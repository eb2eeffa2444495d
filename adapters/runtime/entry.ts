import type { RequestListener } from "node:http";
import type { z } from "zod";
import type { RuntimeAdvisor, Store } from "../../src/index.js";
import type { Route } from "../http/app.js";
import type { Logger } from "../log.js";
import type { Records } from "../records.js";
import type { Channel, ChannelStates } from "./channel.js";
import type { Metrics } from "./metrics.js";
import type { Settings } from "./settings.js";

/** What every channel of the process shares: one advisor, one store, one HTTP server, one set of metrics. */
export type Runtime = {
  advisor: RuntimeAdvisor;
  store: Store;
  logger: Logger;
  metrics: Metrics;
  /** Where a channel says it lost or regained its connection, for /healthz and the connection gauge (serve marks start and stop). */
  states: ChannelStates;
  /** Records unanswered questions and counts votes. */
  records: Records;
  /** For a channel that has stopped for good after starting (a refused token, a fatal close): stops the process. */
  fail(message: string): void;
  /** Routes and path prefixes on the process's HTTP server; a channel adds them before the server starts (at the latest in its own start). */
  http: { route(route: Route): void; mount(prefix: string, listener: RequestListener): void };
};

/** One channel as the registry (adapters/channels.ts) lists it: a folder of its own exports one of these. */
// The default is `any` so that one list holds entries whose create() each take their own settings.
export type ChannelEntry<S extends Settings = any> = {
  readonly name: string;
  /** The variable that turns the channel on; the channel's other variables are checked only when it is set. */
  readonly switch: string;
  /** Whether the channel is on, where that takes more than its switch being set; may throw a ConfigError naming a variable. */
  readonly isOn?: (env: NodeJS.ProcessEnv) => boolean;
  /** How to turn the channel on, for the line `serve` logs when it is off. */
  readonly turnOn: string;
  /** Every variable the channel reads. */
  readonly variables: S;
  /** The variables whose values the logger redacts wherever they appear. */
  readonly secrets: readonly (keyof z.output<S> & string)[];
  /** Secret-bearing text no variable holds, such as a token inside a URL. */
  readonly redact?: readonly RegExp[];
  /** Heavy libraries are imported in the channel's start(), so a command that never starts it never loads them. */
  create(runtime: Runtime, values: z.output<S>): Channel;
};
