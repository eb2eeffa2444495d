import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../adapters/http/app.js";
import { liveRoute, readyRoute } from "../../adapters/http/routes/probes.js";
import { metricsRoute } from "../../adapters/http/routes/metrics.js";
import { httpChannel, type HttpChannel } from "../../adapters/http/server.js";
import { createLogger } from "../../adapters/log.js";
import { createMetrics } from "../../adapters/runtime/metrics.js";

// The server in front of every route: what it refuses before routing, what it logs, and how it stops.

const TOKEN = "metrics-token-0123456789abcdef";
const lines: string[] = [];
const logger = createLogger({ write: (line) => lines.push(line) });
let release: () => void = () => {};
let gate = new Promise<void>((resolve) => (release = resolve));
const slow = { method: "GET" as const, path: "/slow", handle: async (c: { text(text: string): Response }) => (await gate, c.text("done")) };
const received: string[] = [];
let server: HttpChannel;
let base: string;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  app = createApp([liveRoute(), readyRoute(() => server.stopping, () => ({ version: "abc123def456" })), metricsRoute(createMetrics().registry, TOKEN), slow], logger);
  const mount = {
    prefix: "/slack/",
    name: "Slack's request listener",
    handle: (request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => {
      // The raw request, body unread, as Slack's own listener needs it to check the signature.
      let body = "";
      request.setEncoding("utf8");
      request.on("data", (chunk: string) => (body += chunk));
      request.on("end", () => {
        received.push(body);
        response.writeHead(body === "signed" ? 200 : 401).end();
      });
    },
  };
  server = httpChannel("http", app, { port: 0, host: "127.0.0.1", logger, mounts: [mount], maxInFlight: 3 });
  await server.start();
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.stop());

/** Sends `path` exactly as written (fetch would resolve `..` and `\` first) and resolves with the status line and the raw response. */
function raw(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port!, "127.0.0.1", () => socket.end(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk)).on("end", () => resolve(text)).on("error", reject);
  });
}

const refusals = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === "request refused");

describe("the HTTP server", () => {
  it("refuses paths with .. or . segments, backslashes, encoded dots, slashes or backslashes, and doubled slashes, before routing", async () => {
    for (const path of ["/v1/..\\metrics", "/v1/../metrics", "/./metrics", "/v1/%2e%2e/metrics", "/v1/%2E%2E/metrics", "/v1%2fmetrics", "/v1/%5cmetrics", "//metrics", "/livez\\"]) {
      expect(await raw(path), path).toMatch(/^HTTP\/1.1 400 [\s\S]*"error":"the path/);
    }
    expect(await raw("/livez?next=/../x")).toMatch(/^HTTP\/1.1 200/);
    expect(await raw("/v1/a..b")).toMatch(/^HTTP\/1.1 404/);
  });

  it("answers /livez and /readyz, to GET and HEAD, with the knowledge version", async () => {
    expect(await (await fetch(`${base}/livez`)).json()).toEqual({ status: "live" });
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready", knowledge: { version: "abc123def456" } }]);
    for (const path of ["/livez", "/readyz"]) {
      const head = await fetch(`${base}${path}`, { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe("");
    }
  });

  it("serves /metrics only for the bearer of METRICS_TOKEN", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789abcdef" } })).status).toBe(401);
    const scraped = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain("career_advisor_questions_total");
  });

  it("hands a mount the raw request, body unread", async () => {
    expect((await fetch(`${base}/slack/events`, { method: "POST", body: "signed" })).status).toBe(200);
    expect((await fetch(`${base}/slack/events`, { method: "POST", body: "forged" })).status).toBe(401);
    expect(received).toEqual(["signed", "forged"]);
  });

  it("logs each refusal once, with its status and reason and without the Authorization header", async () => {
    lines.length = 0;
    await raw("/v1/../metrics");
    await fetch(`${base}/metrics`, { headers: { authorization: "Bearer secret-guess-0123456789abcdef" } });
    await fetch(`${base}/slack/events`, { method: "POST", body: "forged" });
    await fetch(`${base}/livez`);
    expect(refusals()).toEqual([
      expect.objectContaining({ level: "warn", status: 400, reason: "the path holds a . or .. segment", method: "GET", path: "/v1/../metrics" }),
      expect.objectContaining({ status: 401, reason: expect.stringMatching(/METRICS_TOKEN/), path: "/metrics" }),
      expect.objectContaining({ status: 401, reason: "refused by Slack's request listener", path: "/slack/events" }),
    ]);
    expect(lines.join("")).not.toContain("secret-guess");
  });

  it("answers requests past the cap at once with 503 and Retry-After, and the rest when they are done", async () => {
    lines.length = 0;
    const held = [1, 2, 3].map(() => fetch(`${base}/slow`));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const turnedAway = await fetch(`${base}/livez`);
    expect(turnedAway.status).toBe(503);
    expect(turnedAway.headers.get("retry-after")).toBe("1");
    expect(refusals()).toEqual([expect.objectContaining({ status: 503, reason: "too many requests at once; retry shortly" })]);
    release();
    expect(await Promise.all(held.map(async (response) => (await response).status))).toEqual([200, 200, 200]);
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    gate = new Promise<void>((resolve) => (release = resolve));
  });

  it("answers 408 and closes the socket when a body has not arrived within 10 s", { timeout: 20_000 }, async () => {
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port!, "127.0.0.1", () => socket.write("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\npart"));
      let text = "";
      socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk)).on("close", () => resolve(text)).on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1.1 408/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_500);
  });
});

describe("stopping", () => {
  it("turns /readyz 503, sends Connection: close on a response still under way, and answers it", async () => {
    const requests = [1, 2].map(
      () =>
        new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
          const request = httpRequest(`${base}/slow`, { agent: false }, (response) => {
            response.resume();
            resolve({ status: response.statusCode!, connection: response.headers.connection });
          });
          request.on("error", reject).end();
        }),
    );
    // A kept-alive connection with nothing on it is closed at once.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopped = server.stop();
    expect(server.stopping).toBe(true);
    const ready = await app.request("/readyz");
    expect([ready.status, await ready.json()]).toEqual([503, { status: "stopping", knowledge: { version: "abc123def456" } }]);
    release();
    expect(await Promise.all(requests)).toEqual([
      { status: 200, connection: "close" },
      { status: 200, connection: "close" },
    ]);
    await stopped;
  });
});
