import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { createRecording } from "./recording.js";

// A stand-in for Slack: its Web API (the few methods the app calls), response_urls, and a Socket Mode endpoint.
// Every request and every frame the app sends is recorded; tests wait on the recording, never on the clock.

export const BOT_USER_ID = "UBOT";
export const BOT_ID = "BBOT";
export const TEAM_ID = "T0001";

export type Recorded = {
  /** The Web API method (`chat.postMessage`) or `response_url`. */
  method: string;
  /** Where a response_url request went, e.g. /commands/T0001/1/secret. */
  path: string;
  body: Record<string, unknown>;
};

export type StandIn = {
  apiUrl: string;
  /** A fresh response_url; its last path segment plays the part of Slack's secret. */
  responseUrl(): string;
  readonly requests: readonly Recorded[];
  /** Resolves with the first recorded request (or frame) matching, waiting up to `timeoutMs` for it. */
  waitFor(match: (request: Recorded) => boolean, timeoutMs?: number): Promise<Recorded>;
  /** From now on a Web API method or `response_url` fails: with this HTTP status, or as a Web API error. */
  failWith(method: string, failure: number | { error: string }): void;
  /** The next requests to a method get these HTTP answers, in order (a 429 with its Retry-After), then it answers as usual. */
  answerNext(method: string, ...answers: { status: number; retryAfter?: number }[]): void;
  /** From now on requests to a method are recorded and never answered, as by a Slack that hangs. */
  hang(method: string): void;
  /** Socket Mode: sends a frame to the app. Frames from the app are recorded as `socket`, its closing as `socket closed`. */
  sendFrame(frame: object): void;
  close(): Promise<void>;
};

export async function startStandIn(): Promise<StandIn> {
  const recording = createRecording<Recorded>((request) => request.method);
  const failures = new Map<string, number | { error: string }>();
  const upcoming = new Map<string, { status: number; retryAfter?: number }[]>();
  const hanging = new Set<string>();
  const sockets = new Set<WebSocket>();
  let hooks = 0;
  let messages = 0;

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://stand-in");
    const raw = await readBody(request);
    const isApi = url.pathname.startsWith("/api/");
    const method = isApi ? url.pathname.slice("/api/".length) : "response_url";
    recording.push({ method, path: url.pathname, body: isApi ? parseForm(raw) : JSON.parse(raw || "{}") });
    if (hanging.has(method)) return;
    const next = upcoming.get(method)?.shift();
    if (next) {
      response.writeHead(next.status, next.retryAfter === undefined ? {} : { "retry-after": String(next.retryAfter) }).end();
      return;
    }
    const failure = failures.get(method);
    if (typeof failure === "number") {
      response.writeHead(failure).end();
      return;
    }
    if (failure) {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, ...failure }));
      return;
    }
    response.writeHead(200, { "content-type": isApi ? "application/json" : "text/plain" });
    response.end(isApi ? JSON.stringify(apiAnswer(method, address(), ++messages)) : "ok");
  });
  const socketServer = new WebSocketServer({ noServer: true });
  server.on("upgrade", (request, socket, head) => {
    socketServer.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on("close", (code) => {
        sockets.delete(ws);
        recording.push({ method: "socket closed", path: "/socket", body: { code } });
      });
      ws.on("message", (data) => recording.push({ method: "socket", path: "/socket", body: JSON.parse(String(data)) }));
      ws.send(JSON.stringify({ type: "hello", num_connections: 1 }));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = () => `127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `http://${address()}/api/`,
    responseUrl: () => `http://${address()}/commands/${TEAM_ID}/${++hooks}/response-url-secret-${hooks}`,
    requests: recording.items,
    waitFor: recording.waitFor,
    failWith: (method, status) => failures.set(method, status),
    answerNext: (method, ...answers) => upcoming.set(method, [...(upcoming.get(method) ?? []), ...answers]),
    hang: (method) => hanging.add(method),
    sendFrame(frame) {
      for (const socket of sockets) socket.send(JSON.stringify(frame));
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      socketServer.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function apiAnswer(method: string, host: string, count: number): object {
  switch (method) {
    case "auth.test":
      return { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: TEAM_ID, url: "https://stand-in.slack.test/" };
    case "apps.connections.open":
      return { ok: true, url: `ws://${host}/socket` };
    case "chat.postMessage":
      return { ok: true, ts: `1700000100.${String(count).padStart(6, "0")}` };
    case "chat.postEphemeral":
      return { ok: true, message_ts: `1700000100.${String(count).padStart(6, "0")}` };
    default:
      return { ok: false, error: "unknown_method" };
  }
}

/** The Web API client sends form fields, with objects such as `blocks` as JSON strings. */
function parseForm(raw: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    fields[key] = key === "blocks" ? JSON.parse(value) : value;
  }
  return fields;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
