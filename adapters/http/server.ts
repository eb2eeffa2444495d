import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import type { Channel } from "../runtime/channel.js";

export type HttpChannel = Channel & {
  /** The port listened on once started; matters when 0 asked for any free one. */
  readonly port: number | undefined;
};

/** The one HTTP server `serve` runs (Slack's requests, the API, /healthz, /metrics), as a channel that starts and stops. */
export function httpChannel(name: string, listener: RequestListener, { port, host }: { port: number; host?: string }): HttpChannel {
  const server = createServer(listener);
  // Keep-alive connections from a load balancer would otherwise hold close() open until they time out.
  server.keepAliveTimeout = 5_000;
  let bound: number | undefined;
  const where = `${host ?? "every interface"} port ${port}`;
  return {
    name,
    start: () =>
      new Promise<void>((resolve, reject) => {
        server.once("error", (error: NodeJS.ErrnoException) => {
          if (error.code === "EADDRINUSE") reject(new Error(`${where} is already in use: stop what is using it, or set PORT to a free port`));
          else if (error.code === "EACCES") reject(new Error(`not allowed to listen on ${where}: pick a PORT above 1023, or run with the right to bind it`));
          else if (error.code === "EADDRNOTAVAIL") reject(new Error(`HOST ${host} is not an address of this machine`));
          else reject(error);
        });
        server.listen(port, host, () => {
          bound = (server.address() as AddressInfo).port;
          resolve();
        });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        // New connections are refused at once; requests in flight finish, then close() calls back.
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
    get port() {
      return bound;
    },
  };
}
