import { createConnection, createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A TCP relay to Redis that can go silent on the connections it holds, as a firewall or NAT that forgets a
 * connection does: nothing is closed, nothing more arrives. Connections opened afterwards are relayed normally.
 */
export async function startSilentProxy(target: string) {
  const { hostname, port } = new URL(target);
  const open = new Set<{ client: Socket; upstream: Socket; silent: boolean }>();
  const server = createServer((client) => {
    const upstream = createConnection({ host: hostname, port: Number(port) });
    const pair = { client, upstream, silent: false };
    open.add(pair);
    client.on("data", (chunk) => pair.silent || upstream.write(chunk));
    upstream.on("data", (chunk) => pair.silent || client.write(chunk));
    const end = () => {
      open.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    silenceOpenConnections: () => open.forEach((pair) => (pair.silent = true)),
    close: () => {
      open.forEach((pair) => pair.client.destroy());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
