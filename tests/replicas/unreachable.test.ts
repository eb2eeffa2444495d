import { createServer } from "node:net";
import { expect, it, vi } from "vitest";
import { exitsWithin, startCli } from "../serve/process.js";

const API_KEY = "unreachable-api-key-0123456789abcdef";
const PASSWORD = "redis-password-never-logged";

/** A port nothing listens on: taken, then let go. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

it("starts and answers with Redis unreachable from the start, reports degraded health, and never logs the Redis password", { timeout: 45_000 }, async () => {
  const running = startCli(["serve"], { API_KEYS: API_KEY, REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:${await closedPort()}`, LOG_FORMAT: "json" });
  const port = await running.port();
  const ask = await fetch(`http://127.0.0.1:${port}/v1/ask`, {
    method: "POST",
    headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ conversation: "c1", text: "how much do health information technicians make?" }),
  });
  expect(ask.status).toBe(200);
  expect(((await ask.json()) as { text: string }).text).toContain("$37,110");
  await vi.waitFor(async () => {
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect({ status: health.status, body: await health.json() }).toMatchObject({ status: 200, body: { status: "degraded", store: { status: "degraded", backend: expect.stringMatching(/^redis:\/\/127\.0\.0\.1:\d+$/) } } });
  });
  running.child.kill("SIGTERM");
  expect(await exitsWithin(running, 10_000)).toBe(0);
  expect(running.lines.items.filter((line) => line.includes("unreachable"))).toHaveLength(1);
  expect(running.output()).not.toContain(PASSWORD);
});
