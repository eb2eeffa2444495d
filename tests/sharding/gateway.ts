import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { APPLICATION_ID, BOT, guildCreate } from "../discord/stand-in/payloads.js";
import { Recorder } from "../discord/stand-in/recorder.js";
import { sentMessage } from "../discord/stand-in/server.js";

/** The shard Discord delivers a guild's events to. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

let made = 0n;
/** A fresh guild id whose events go to `shard` of `shardCount`: the shard depends on the timestamp bits only. */
export function guildOnShard(shard: number, shardCount: number): string {
  const stamp = BigInt(Date.now() - 1_420_070_400_000);
  return (((stamp - (stamp % BigInt(shardCount)) + BigInt(shard)) << 22n) + made++).toString();
}

/**
 * A gateway that shards as Discord does: `GET /gateway/bot` recommends `recommended` shards, every IDENTIFY
 * names its shard as [id, count], READY and GUILD_CREATE carry only that shard's guilds, and each dispatch goes
 * to the connection of the shard owning its guild (direct messages to shard 0). Messages the bots send are
 * recorded, whichever process sends them; the single-connection stand-in covers every other route.
 */
export async function startShardedGateway({ token, recommended, guilds }: { token: string; recommended: number; guilds: string[] }) {
  const identified: [number, number][] = [];
  const shards = new Map<number, { socket: WebSocket; count: number; sequence: number }>();
  const sent = new Recorder<{ channelId: string; body: { content?: string; embeds?: { description?: string }[] } }>();
  const server = createServer((req, res) => {
    const channel = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(req.url ?? "");
    if (req.method === "POST" && channel && req.headers.authorization === `Bot ${token}`) {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        sent.add({ channelId: channel[1]!, body });
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(sentMessage(channel[1]!, body)));
      });
    } else if (req.url === "/api/v10/gateway/bot" && req.headers.authorization === `Bot ${token}`) {
      // max_concurrency lets every shard identify at once instead of five seconds apart.
      const limit = { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ url: gatewayUrl, shards: recommended, session_start_limit: limit }));
    } else res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "404: Not Found", code: 0 }));
  });
  const wss = new WebSocketServer({ server });
  wss.on("connection", (socket) => {
    socket.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as { op: number; d: { shard?: [number, number] } };
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11, d: null }));
      if (frame.op !== 2) return;
      const [id, count] = frame.d.shard ?? [0, 1];
      identified.push([id, count]);
      const shard = { socket, count, sequence: 0 };
      shards.set(id, shard);
      const mine = guilds.filter((guild) => shardOf(guild, count) === id);
      const send = (t: string, d: object) => socket.send(JSON.stringify({ op: 0, t, s: ++shard.sequence, d }));
      send("READY", {
        v: 10,
        user: BOT,
        guilds: mine.map((guild) => ({ id: guild, unavailable: true })),
        session_id: `session-${id}`,
        resume_gateway_url: gatewayUrl,
        shard: [id, count],
        application: { id: APPLICATION_ID, flags: 0 },
      });
      for (const guild of mine) send("GUILD_CREATE", guildCreate(guild, channelOf(guild)));
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const gatewayUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    identified,
    /** Messages the bots posted, by channel. */
    sent,
    /** Sends an event to the one shard Discord would send it to. */
    dispatch(t: string, d: object) {
      const guild = "guild_id" in d ? String(d.guild_id) : undefined;
      const [id, shard] = [...shards].find(([id, s]) => (guild === undefined ? id === 0 : shardOf(guild, s.count) === id)) ?? [];
      if (!shard) throw new Error(`no shard is connected for ${guild ?? "direct messages"}`);
      shard.socket.send(JSON.stringify({ op: 0, t, s: ++shard.sequence, d }));
      return id;
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Each guild's one text channel, derived from its id so tests can address it. */
export function channelOf(guildId: string): string {
  return (BigInt(guildId) + 1n).toString();
}
