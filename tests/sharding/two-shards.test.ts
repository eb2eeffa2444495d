import { Client, Events, GatewayIntentBits, Partials, type Message } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../adapters/discord/adapter.js";
import { readShardOptions } from "../../adapters/discord-shards.js";
import { createLogger } from "../../adapters/log.js";
import type { Advisor } from "../../src/index.js";
import { embeddedStore } from "../helpers.js";
import { BOT, message, snowflake, user, type User } from "../discord/stand-in/payloads.js";
import { channelOf, guildOnShard, startShardedGateway } from "./gateway.js";

// Real discord.js clients, configured from DISCORD_SHARDS and DISCORD_SHARD_IDS, against a gateway that shards as
// Discord does: the settings must make several processes' shards cover every guild exactly once.
const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB";
const ASKER = user("asker");

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function connect(apiUrl: string, env: NodeJS.ProcessEnv, seen: { who: string; where: string }[], who: string) {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: apiUrl },
    ...readShardOptions(env),
  });
  client.on(Events.MessageCreate, (message: Message) => void seen.push({ who, where: message.guildId ?? "direct" }));
  cleanup.push(() => client.destroy());
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(TOKEN);
  await ready;
  return client;
}

function messageIn(guildId: string | undefined, content: string, mentions: User[] = []) {
  if (!guildId) return message({ author: ASKER, content, channelId: snowflake(), direct: true, mentions });
  return message({ author: ASKER, content, guildId, channelId: channelOf(guildId), mentions });
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("Discord shards split across processes", () => {
  it("each receive only their own guilds, and shard 0 the direct messages", async () => {
    const guilds = [guildOnShard(0, 2), guildOnShard(1, 2), guildOnShard(1, 2)];
    const gateway = await startShardedGateway({ token: TOKEN, recommended: 1, guilds });
    cleanup.push(() => gateway.close());
    const seen: { who: string; where: string }[] = [];
    const [first, second] = await Promise.all([
      connect(gateway.apiUrl, { DISCORD_SHARDS: "2", DISCORD_SHARD_IDS: "0" }, seen, "first"),
      connect(gateway.apiUrl, { DISCORD_SHARDS: "2", DISCORD_SHARD_IDS: "1" }, seen, "second"),
    ]);
    expect(gateway.identified.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([...first.guilds.cache.keys()]).toEqual([guilds[0]]);
    expect([...second.guilds.cache.keys()].sort()).toEqual([guilds[1], guilds[2]].sort());

    for (const guild of guilds) gateway.dispatch("MESSAGE_CREATE", messageIn(guild, "what do HIT specialists earn?"));
    gateway.dispatch("MESSAGE_CREATE", messageIn(undefined, "hello"));
    await until(() => seen.length === 4);
    expect(seen.map(({ who, where }) => `${where} → ${who}`).sort()).toEqual(
      [`${guilds[0]} → first`, `${guilds[1]} → second`, `${guilds[2]} → second`, "direct → first"].sort(),
    );
  });

  it("run every recommended shard in one process with auto", async () => {
    const guilds = [guildOnShard(0, 3), guildOnShard(1, 3), guildOnShard(2, 3)];
    const gateway = await startShardedGateway({ token: TOKEN, recommended: 3, guilds });
    cleanup.push(() => gateway.close());
    const client = await connect(gateway.apiUrl, { DISCORD_SHARDS: "auto" }, [], "only");
    expect(gateway.identified.sort()).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(client.guilds.cache.size).toBe(3);
  });

  it("each answer the questions of their own guilds only, as the bot run with DISCORD_SHARDS and DISCORD_SHARD_IDS", async () => {
    const guilds = [guildOnShard(0, 2), guildOnShard(1, 2), guildOnShard(0, 2), guildOnShard(1, 2)];
    const gateway = await startShardedGateway({ token: TOKEN, recommended: 1, guilds });
    cleanup.push(() => gateway.close());
    // Each process answers in its own words, and keeps its own state: only the shard ranges keep them apart.
    const process = async (name: string, ids: string) => {
      const advisor: Advisor = {
        ask: async (question) => ({ kind: "answer", text: `${name} answers: ${question.text}`, sources: [], suggestions: [], careerIds: [], topic: "pay" }),
        async forget() {},
      };
      const adapter = createDiscordAdapter(advisor, {
        logger: createLogger({ write: () => {} }),
        apiUrl: gateway.apiUrl,
        store: embeddedStore(),
        shards: readShardOptions({ DISCORD_SHARDS: "2", DISCORD_SHARD_IDS: ids }),
      });
      cleanup.push(() => adapter.stop());
      await adapter.start(TOKEN);
    };
    await Promise.all([process("first", "0"), process("second", "1")]);

    for (const guild of guilds) gateway.dispatch("MESSAGE_CREATE", messageIn(guild, `<@${BOT.id}> what do HIT specialists earn?`, [BOT]));
    await until(() => gateway.sent.items.length >= guilds.length);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const answers = gateway.sent.items.map(({ channelId, body }) => `${channelId} ${body.embeds?.[0]?.description ?? body.content}`);
    expect(answers.sort()).toEqual(
      guilds.map((guild, i) => `${channelOf(guild)} ${i % 2 ? "second" : "first"} answers: what do HIT specialists earn?`).sort(),
    );
  });
});
