import { z } from "zod";
import { ConfigError } from "./config.js";
import { optional, readVariables } from "./runtime/settings.js";

/**
 * Which gateway shards this process runs, in the form discord.js's Client takes (`shards`, `shardCount`).
 * Discord sends each guild's events to shard (guild_id >> 22) % shardCount and direct messages to shard 0,
 * so processes whose ranges together cover every shard once answer every message once.
 */
export type ShardOptions = { shards: "auto" } | { shards: number[]; shardCount: number };

/** Discord allows 2,500 guilds a shard and recommends about 1,000, so more shards than this is a typo, not a plan. */
const MAX_SHARDS = 4_096;

const SHARDS_WHERE = "your deployment: `auto` (Discord's recommendation, every shard in this process) or the total shard count of all processes";
const IDS_WHERE = "your deployment: the shards this process runs, such as 0-3 or 0,2,4, out of DISCORD_SHARDS";

export const SHARD_FIELDS = {
  DISCORD_SHARDS: optional("DISCORD_SHARDS", {
    use: "auto, or the total number of gateway shards across all processes",
    where: SHARDS_WHERE,
    format: { pattern: /^(auto|[1-9]\d*)$/i, description: "`auto` or a whole number of shards, such as 4" },
  }),
  DISCORD_SHARD_IDS: optional("DISCORD_SHARD_IDS", {
    use: "the shards this process runs, such as 0-3 or 0,2 (needs DISCORD_SHARDS as a number)",
    where: IDS_WHERE,
    format: { pattern: /^\d+(-\d+)?(\s*,\s*\d+(-\d+)?)*$/, description: "shard numbers and ranges separated by commas, such as 0-3 or 0,2,4" },
  }),
};

type ShardValues = { DISCORD_SHARDS?: string; DISCORD_SHARD_IDS?: string };

/** Checks the two variables together, once each has passed alone, as a refinement of a schema holding them. */
export function checkShards(values: ShardValues, context: z.RefinementCtx): void {
  try {
    shardOptions(values);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    context.addIssue({ code: "custom", message: error.message });
  }
}

/** Undefined when sharding is not configured: one shard, as discord.js does by default. */
export function readShardOptions(env: NodeJS.ProcessEnv = process.env): ShardOptions | undefined {
  return shardOptions(readVariables(z.object(SHARD_FIELDS).superRefine(checkShards), env));
}

/** The shard options of variables already checked one by one; what is wrong with them together throws a ConfigError. */
export function shardOptions({ DISCORD_SHARDS: shards, DISCORD_SHARD_IDS: ids }: ShardValues): ShardOptions | undefined {
  if (shards === undefined) {
    if (ids !== undefined) throw new ConfigError("DISCORD_SHARD_IDS needs DISCORD_SHARDS, the total number of shards across all processes.");
    return undefined;
  }
  if (shards.toLowerCase() === "auto") {
    // Each process would fetch the recommendation on its own, and a range only means something against a count all agree on.
    if (ids !== undefined) throw new ConfigError("DISCORD_SHARD_IDS needs DISCORD_SHARDS to be a number, the same in every process, not `auto`.");
    return { shards: "auto" };
  }
  const shardCount = Number(shards);
  if (shardCount > MAX_SHARDS) throw new ConfigError(`DISCORD_SHARDS is ${shardCount}; more than ${MAX_SHARDS} shards is surely a typo.`);
  return { shards: ids === undefined ? range(0, shardCount - 1) : parseIds(ids, shardCount), shardCount };
}

function parseIds(text: string, shardCount: number): number[] {
  const ids = text.split(",").flatMap((part) => {
    const [first, last = first] = part.trim().split("-").map(Number) as [number, number?];
    if (last! < first) throw new ConfigError(`DISCORD_SHARD_IDS has the range ${part.trim()}, which runs backwards; write it low-high.`);
    return range(first, last!);
  });
  const outside = ids.find((id) => id >= shardCount);
  if (outside !== undefined) {
    throw new ConfigError(`DISCORD_SHARD_IDS names shard ${outside}, but DISCORD_SHARDS is ${shardCount}, so shards are numbered 0 to ${shardCount - 1}.`);
  }
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) throw new ConfigError(`DISCORD_SHARD_IDS names shard ${repeated} twice.`);
  return ids.sort((a, b) => a - b);
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
