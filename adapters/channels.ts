import { discord } from "./discord/channel.js";
import { api } from "./http/channel.js";
import type { ChannelEntry } from "./runtime/entry.js";
import { slack } from "./slack/channel.js";
import { web } from "./web/channel.js";

/** Every channel `serve` can run, in the order it starts them. A new channel is a folder exporting its entry, and a line here. */
export const CHANNELS: readonly ChannelEntry[] = [discord, slack, api, web];
