import { getRequestListener } from "@hono/node-server";
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { STOP_DEADLINE_MS } from "../in-flight.js";
import type { Logger } from "../log.js";
import type { Channel } from "../runtime/channel.js";
import { REFUSALS, refuseRaw, refusalReason } from "./refuse.js";
import { unsafePath } from "./request-path.js";

/** A whole path prefix handed to another listener with the request untouched, such as Slack's under /slack/. */
export type Mount = { prefix: string; name: string; handle: RequestListener };

export type HttpChannel = Channel & {
  /** The port listened on once started; matters when 0 asked for any free one. */
  readonly port: number | undefined;
  /** True from the moment stop() is called. */
  readonly stopping: boolean;
};

export type HttpOptions = {
  port: number;
  host?: string;
  logger: Logger;
  mounts?: readonly Mount[];
  /** The variable naming the port, for the message when it cannot be had (default PORT). */
  portVariable?: string;
  /** Requests past this many at once are answered 503 at once rather than queued until they time out. */
  maxInFlight?: number;
};

// Slow clients (slowloris) get this long to send a whole request, headers and body, before a 408 closes the socket.
const REQUEST_TIMEOUT_MS = 10_000;
// Shorter than the proxy's own idle timeout would be wrong: see keepalive_timeout in deploy/nginx.conf.
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
const MAX_IN_FLIGHT = 256;

/**
 * One HTTP server as a channel that starts and stops: the API app (Hono), with `mounts` in front of it. Every
 * request's path is checked before routing; every refusal is logged once. stop() drains: it stops listening, closes
 * idle connections, answers what it has accepted with `Connection: close`, and past its deadline gives up on the
 * rest and rejects, so that the process exits non-zero.
 */
export function httpChannel(name: string, app: { fetch: (request: Request, env: never) => Response | Promise<Response> }, options: HttpOptions): HttpChannel {
  const { port, host, logger, mounts = [], portVariable = "PORT", maxInFlight = MAX_IN_FLIGHT } = options;
  const toApp = getRequestListener(app.fetch as never);
  const inFlight = new Set<ServerResponse>();
  let stopping = false;

  const logRefusal = (request: IncomingMessage, response: ServerResponse, mount: Mount | undefined) => {
    if (!REFUSALS.has(response.statusCode)) return;
    const reason = refusalReason(response) ?? `refused by ${mount?.name ?? "the server"}`;
    logger.warn("request refused", undefined, { status: response.statusCode, reason, method: request.method, path: (request.url ?? "").split("?", 1)[0] });
  };

  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 }, (request, response) => {
    const url = request.url ?? "/";
    const mount = mounts.find(({ prefix }) => url.startsWith(prefix));
    inFlight.add(response);
    response.once("close", () => inFlight.delete(response));
    response.once("finish", () => logRefusal(request, response, mount));
    if (stopping) response.setHeader("connection", "close");
    if (inFlight.size > maxInFlight) return refuseRaw(response, 503, "too many requests at once; retry shortly", { "retry-after": "1", connection: "close" });
    const unsafe = unsafePath(url);
    if (unsafe) return refuseRaw(response, 400, unsafe);
    if (mount) return mount.handle(request, response);
    void toApp(request, response);
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  let bound: number | undefined;
  const where = `${host ?? "every interface"} port ${port}`;

  async function drain(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = new AbortController();
    const finished = await Promise.race([closed.then(() => true), sleep(STOP_DEADLINE_MS, false, { signal: timer.signal }).catch(() => true)]);
    timer.abort();
    if (finished) return;
    const abandoned = inFlight.size;
    server.closeAllConnections();
    await closed;
    if (abandoned) throw new Error(`gave up on ${abandoned} request${abandoned === 1 ? "" : "s"} still unanswered ${STOP_DEADLINE_MS / 1000} s after stopping began`);
  }

  return {
    name,
    start: () =>
      new Promise<void>((resolve, reject) => {
        server.once("error", (error: NodeJS.ErrnoException) => {
          if (error.code === "EADDRINUSE") reject(new Error(`${where} is already in use: stop what is using it, or set ${portVariable} to a free port`));
          else if (error.code === "EACCES") reject(new Error(`not allowed to listen on ${where}: pick a ${portVariable} above 1023, or run with the right to bind it`));
          else if (error.code === "EADDRNOTAVAIL") reject(new Error(`HOST ${host} is not an address of this machine`));
          else reject(error);
        });
        server.listen(port, host, () => {
          bound = (server.address() as AddressInfo).port;
          resolve();
        });
      }),
    async stop() {
      stopping = true;
      // Responses not yet begun close their connection behind them, so no client sends another request on it.
      for (const response of inFlight) if (!response.headersSent) response.setHeader("connection", "close");
      if (server.listening) await drain();
    },
    get port() {
      return bound;
    },
    get stopping() {
      return stopping;
    },
  };
}
