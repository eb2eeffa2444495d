import { describe, expect, it } from "vitest";
import { configProblem } from "../config-problem.js";
import { readShardOptions } from "../../adapters/discord-shards.js";

const problem = (env: NodeJS.ProcessEnv) => configProblem(() => readShardOptions(env));

describe("the Discord shard settings", () => {
  it("leave sharding to discord.js's default of one shard when unset", () => {
    expect(readShardOptions({})).toBeUndefined();
  });

  it("take auto as Discord's recommended count, all in this process", () => {
    expect(readShardOptions({ DISCORD_SHARDS: "auto" })).toEqual({ shards: "auto" });
    expect(readShardOptions({ DISCORD_SHARDS: "AUTO" })).toEqual({ shards: "auto" });
  });

  it("run every shard of a fixed count here unless given a share of them", () => {
    expect(readShardOptions({ DISCORD_SHARDS: "4" })).toEqual({ shards: [0, 1, 2, 3], shardCount: 4 });
    expect(readShardOptions({ DISCORD_SHARDS: "8", DISCORD_SHARD_IDS: "4-7" })).toEqual({ shards: [4, 5, 6, 7], shardCount: 8 });
    expect(readShardOptions({ DISCORD_SHARDS: "8", DISCORD_SHARD_IDS: "6, 0-1,3" })).toEqual({ shards: [0, 1, 3, 6], shardCount: 8 });
    expect(readShardOptions({ DISCORD_SHARDS: "2", DISCORD_SHARD_IDS: "1" })).toEqual({ shards: [1], shardCount: 2 });
  });

  it.each([
    [{ DISCORD_SHARDS: "0" }, /^DISCORD_SHARDS does not look right: expected `auto` or a whole number/],
    [{ DISCORD_SHARDS: "two" }, /^DISCORD_SHARDS does not look right/],
    [{ DISCORD_SHARDS: "100000" }, /^DISCORD_SHARDS is 100000; more than 4096/],
    [{ DISCORD_SHARD_IDS: "0-3" }, /^DISCORD_SHARD_IDS needs DISCORD_SHARDS/],
    [{ DISCORD_SHARDS: "auto", DISCORD_SHARD_IDS: "0" }, /not `auto`/],
    [{ DISCORD_SHARDS: "4", DISCORD_SHARD_IDS: "2-5" }, /names shard 4, but DISCORD_SHARDS is 4, so shards are numbered 0 to 3/],
    [{ DISCORD_SHARDS: "4", DISCORD_SHARD_IDS: "3-1" }, /runs backwards/],
    [{ DISCORD_SHARDS: "4", DISCORD_SHARD_IDS: "0-2,2" }, /names shard 2 twice/],
    [{ DISCORD_SHARDS: "4", DISCORD_SHARD_IDS: "first half" }, /^DISCORD_SHARD_IDS does not look right: expected shard numbers and ranges/],
  ])("explain what is wrong with %o", (env, expected) => {
    expect(problem(env)).toMatch(expected);
  });
});
