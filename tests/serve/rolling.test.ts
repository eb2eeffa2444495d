import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { HAVE_NGINX, startNginx } from "./nginx.js";
import { exitsWithin, startCli, type Running } from "./process.js";

// Replicas of the built `serve` behind nginx as deploy/nginx.conf runs them: one is stopped (SIGTERM, as a rolling
// deploy or `docker compose up` stops it) while questions keep coming, and not one of them may fail.

const API_KEY = "rolling-key-0123456789abcdef";
const ENV = { API_KEYS: API_KEY, API_RATE_LIMIT: "1000000" };
const QUESTION = JSON.stringify({ text: "how much do health information technicians make?" });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function replicas(count: number): Promise<{ running: Running; port: number }[]> {
  const started = Array.from({ length: count }, () => startCli(["serve"], ENV));
  return Promise.all(started.map(async (running) => ({ running, port: await running.port() })));
}

/** The raw status line of `GET path` sent as written: fetch would resolve `..` first. */
function rawGet(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk)).on("close", () => resolve(text.split("\r\n", 1)[0]!)).on("error", reject);
  });
}

describe.skipIf(!HAVE_NGINX)("behind nginx", { timeout: 60_000 }, () => {
  it("loses no question while one of two replicas stops mid-stream", async () => {
    const [leaving, staying] = await replicas(2);
    const nginx = await startNginx([leaving!.port, staying!.port]);
    const statuses = new Map<string, number>();
    let stop = false;
    // Eight clients, each asking again the moment it has its answer, over keep-alive connections to nginx.
    const clients = Array.from({ length: 8 }, async () => {
      while (!stop) {
        const outcome = await fetch(`http://127.0.0.1:${nginx.port}/v1/ask`, { method: "POST", headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" }, body: QUESTION }).then(
          async (response) => (await response.arrayBuffer(), String(response.status)),
          (error: Error) => `${error.message}: ${String(error.cause)}`,
        );
        statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
      }
    });
    await sleep(1_500);
    const before = statuses.get("200") ?? 0;
    leaving!.running.child.kill("SIGTERM");
    expect(await exitsWithin(leaving!.running, 12_000)).toBe(0);
    await sleep(1_000);
    stop = true;
    await Promise.all(clients);
    expect(Object.fromEntries(statuses), nginx.errors()).toEqual({ "200": expect.any(Number) });
    // Questions were answered before, and after, the replica went.
    expect(before).toBeGreaterThan(50);
    expect(statuses.get("200")! - before).toBeGreaterThan(50);
    staying!.running.child.kill("SIGTERM");
    expect(await exitsWithin(staying!.running, 12_000)).toBe(0);
  });

  it("refuses a path that would climb out of /v1/ to /metrics", async () => {
    const [replica] = await replicas(1);
    const nginx = await startNginx([replica!.port]);
    for (const path of ["/v1/..\\metrics", "/v1/..%5cmetrics", "/v1/%2e%2e/metrics", "/v1//../metrics", "/v1/../metrics"]) {
      expect(await rawGet(nginx.port, path), path).toMatch(/^HTTP\/1.1 (400|404)/);
    }
    expect(await rawGet(nginx.port, "/v1/..\\metrics")).toMatch(/^HTTP\/1.1 400/);
  });
});
