import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAVE_REDIS, startRedis } from "./redis-server.js";

const WORKER = fileURLToPath(new URL("./worker.mjs", import.meta.url));

type Worker = { call(call: string, ...args: unknown[]): Promise<unknown>; stop(): Promise<void> };

/** A real Node process holding a store opened from REDIS_URL and REDIS_PREFIX, as serve will. */
async function startWorker(env: NodeJS.ProcessEnv): Promise<Worker> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [WORKER], { env: { ...process.env, ...env } });
  const waiting = new Map<number, (value: unknown) => void>();
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`worker exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      const message = JSON.parse(line) as { ready?: string; id?: number; value?: unknown };
      if (message.ready) resolve(message.ready);
      else waiting.get(message.id!)?.(message.value);
    });
  });
  expect(await ready).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
  let next = 0;
  return {
    call(call, ...args) {
      const id = next++;
      child.stdin.write(JSON.stringify({ id, call, args }) + "\n");
      return new Promise((resolve) => waiting.set(id, resolve));
    },
    stop() {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.stdin.end();
      return exited;
    },
  };
}

describe.skipIf(!HAVE_REDIS)("two processes sharing one Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let a: Worker;
  let b: Worker;
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: `processes-${randomUUID()}` };
    [a, b] = await Promise.all([startWorker(env), startWorker(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.close();
  });

  it("act as one store", async () => {
    await a.call("conversations.set", "slack:C1:T1", { careers: ["health-information-technician"], topic: "pay" });
    expect(await b.call("conversations.get", "slack:C1:T1")).toEqual({ careers: ["health-information-technician"], topic: "pay" });

    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).call("events.claim", "Ev-both")));
    expect(claims.filter((claimed) => claimed === true)).toHaveLength(1);

    const window = { name: "questions", points: 5, windowMs: 30_000 };
    const admissions = (await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).call("rateLimit", window, "U1")))) as {
      allowed: boolean;
      first?: boolean;
    }[];
    expect(admissions.filter((x) => x.allowed)).toHaveLength(5);
    expect(admissions.filter((x) => x.first)).toHaveLength(1);

    const key = await a.call("shares.put", { text: "an answer" });
    expect(await Promise.all([b.call("shares.take", key), a.call("shares.take", key)])).toEqual(
      expect.arrayContaining([{ text: "an answer" }, null]),
    );

    expect(await a.call("votes.cast", "answer-1", "U1", "up")).toEqual({ recorded: true });
    expect(await b.call("votes.cast", "answer-1", "U1", "down")).toEqual({ recorded: true, previous: "up" });
    expect(await b.call("health")).toMatchObject({ status: "ok" });
  });
});
