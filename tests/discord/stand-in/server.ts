import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { APPLICATION_ID, BOT, guildCreate, ready, snowflake } from "./payloads.js";
import { Recorder } from "./recorder.js";

export type RecordedRequest = {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, as discord.js sent it; `any` because each test reads the fields it checks. */
  body: any;
  /** The message Discord would have created from this request, if it creates one. */
  created?: SentMessage;
};

export type SentMessage = ReturnType<typeof sentMessage>;
export type GatewayFrame = { op: number; d: unknown };
type Canned = { status: number; body: unknown; headers?: Record<string, string> };

export type StandInOptions = {
  /** The bot token it accepts; any other gets 401. */
  token: string;
  /** Closes the gateway with this code when the bot identifies, as Discord does for a bad token (4004). */
  closeOnIdentify?: number;
};

/**
 * Discord on 127.0.0.1: the REST routes the bot uses, recording every request, and a gateway speaking the
 * v10 protocol (HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeat ACKs, numbered dispatches).
 */
export async function startStandIn({ token, closeOnIdentify }: StandInOptions) {
  const requests = new Recorder<RecordedRequest>();
  const frames = new Recorder<GatewayFrame>();
  const clientCloses = new Recorder<number>();
  const canned: { matches: (request: RecordedRequest) => boolean; response: Canned }[] = [];
  const hanging: ((request: RecordedRequest) => boolean)[] = [];
  let refusingGateway = false;
  const interactionChannels = new Map<string, string>();
  const sockets = new Set<WebSocket>();
  let socket: WebSocket | undefined;
  let sequence = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stand-in");
      const text = Buffer.concat(chunks).toString("utf8");
      const request: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname.replace(/^\/api\/v10/, ""),
        query: url.searchParams,
        headers: req.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      if (hanging.some((matches) => matches(request))) {
        requests.add(request);
        return;
      }
      const override = canned.findIndex((c) => c.matches(request));
      const response = override >= 0 ? canned.splice(override, 1)[0]!.response : route(request);
      requests.add(request);
      send(res, response);
    });
  });

  function route(request: RecordedRequest): Canned | undefined {
    const { method, path, body, headers } = request;
    const interaction = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path);
    const original = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(?:@|%40)original$/.exec(path);
    // Interaction routes are authorised by the token in their path; every other route by the bot token.
    if (!interaction && !webhook && !original && headers.authorization !== `Bot ${token}`) return { status: 401, body: { message: "401: Unauthorized", code: 0 } };
    if (method === "GET" && path === "/gateway/bot") {
      return {
        status: 200,
        body: { url: gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } },
      };
    }
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === "POST" && channel) return created(request, sentMessage(channel[1]!, body));
    if (method === "POST" && interaction) {
      request.created = sentMessage(interactionChannels.get(interaction[2]!) ?? "0", body.data);
      return undefined;
    }
    if (method === "POST" && webhook) return created(request, sentMessage(interactionChannels.get(webhook[2]!) ?? "0", body));
    if (method === "PATCH" && original) return created(request, sentMessage(interactionChannels.get(original[2]!) ?? "0", body));
    if (method === "PUT" && /^\/channels\/\d+\/messages\/\d+\/reactions\/[^/]+\/@me$/.test(path)) return undefined;
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return { status: 200, body: (body as object[]).map((command) => ({ ...command, id: snowflake(), application_id: APPLICATION_ID, version: snowflake() })) };
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  // While refusing, a connection attempt fails at the handshake, as during an outage on Discord's side.
  const wss = new WebSocketServer({ server, verifyClient: (_info, accept) => accept(!refusingGateway, 503) });
  wss.on("connection", (ws) => {
    sockets.add(ws);
    socket = ws;
    sequence = 0;
    ws.on("close", (code) => {
      sockets.delete(ws);
      clientCloses.add(code);
    });
    ws.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as GatewayFrame;
      frames.add(frame);
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11, d: null }));
      if (frame.op === 6) {
        // A resume picks up the numbering where the bot left off, and is confirmed with RESUMED.
        sequence = (frame.d as { seq: number | null }).seq ?? 0;
        dispatch("RESUMED", {});
        return;
      }
      if (frame.op !== 2) return;
      if (closeOnIdentify) return ws.close(closeOnIdentify);
      dispatch("READY", ready(gatewayUrl));
      // Without GUILD_CREATE for every guild in READY, discord.js waits 15 seconds before it is ready.
      dispatch("GUILD_CREATE", guildCreate());
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
  });

  function dispatch(event: string, data: object): void {
    if (!socket) throw new Error("the bot is not connected to the gateway");
    if (event === "INTERACTION_CREATE" && "token" in data && "channel" in data) {
      interactionChannels.set(String(data.token), String((data.channel as { id: string }).id));
    }
    socket.send(JSON.stringify({ op: 0, t: event, s: ++sequence, d: data }));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const gatewayUrl = `ws://127.0.0.1:${port}`;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    /** Frames the bot sent on the gateway. */
    frames,
    /** Close codes of gateway connections the bot closed or lost. */
    clientCloses,
    connections: () => clientCloses.items.length + sockets.size,
    dispatch,
    /** Closes the bot's gateway connection from Discord's side. */
    closeGateway: (code: number) => socket?.close(code),
    /** Answers the next request that matches with this instead of the usual response. */
    respondOnce: (matches: (request: RecordedRequest) => boolean, status: number, body: unknown, headers?: Record<string, string>) =>
      canned.push({ matches, response: { status, body, headers } }),
    /** Answers the next request that matches with a 429, as Discord does: `retry_after` in the body and the header, in seconds. */
    rateLimitOnce: (matches: (request: RecordedRequest) => boolean, seconds: number) =>
      canned.push({
        matches,
        response: { status: 429, body: { message: "You are being rate limited.", retry_after: seconds, global: false }, headers: { "retry-after": String(seconds) } },
      }),
    /** Requests that match are recorded and never answered, as by a Discord that hangs. */
    hang: (matches: (request: RecordedRequest) => boolean) => hanging.push(matches),
    /** Refuses (or again accepts) gateway connections. */
    refuseGateway: (refuse: boolean) => (refusingGateway = refuse),
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

export type StandIn = Awaited<ReturnType<typeof startStandIn>>;

function created(request: RecordedRequest, message: SentMessage): Canned {
  request.created = message;
  return { status: 200, body: message };
}

/** The message Discord creates from a send: the bot as author, the payload's content, embeds and components. */
export function sentMessage(channelId: string, payload: { content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number; message_reference?: object }) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: BOT,
    content: payload.content ?? "",
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: payload.message_reference ? 19 : 0,
    flags: payload.flags ?? 0,
    ...(payload.message_reference && { message_reference: payload.message_reference }),
  };
}

// An empty answer goes out as a bare 204: a JSON content type on an empty body makes discord.js fail to parse it.
function send(res: ServerResponse, response: Canned | undefined): void {
  if (!response) {
    res.writeHead(204).end();
    return;
  }
  res.writeHead(response.status, { "content-type": "application/json", ...response.headers }).end(JSON.stringify(response.body));
}
