import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { cpus, loadavg, tmpdir } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { count, table } from "./format.js";
import { startRedis, type RedisServer } from "./redis-server.js";

// Questions per second through the HTTP API, as a client sees them: `serve` (the built command) with the embedded
// store and with Redis, one process and two behind a round-robin client. Each question carries a conversation, so
// the store reads and writes state for every one. The client runs on the same machine and takes its share of it.
const CLI = fileURLToPath(new URL("../adapters/cli.js", import.meta.url));
const IN_FLIGHT = 32;
const ROUNDS = 5;
const ROUND_MS = 2_000;
// The API limits each key; enough keys that the limit never refuses a question here.
const KEYS = Array.from({ length: 400 }, () => randomBytes(16).toString("hex"));
const QUESTIONS = ["what do health information technicians do?", "how much do they earn?", "and in hospitals?", "what certifications do they need?"];

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function startServe(env: Record<string, string>): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, "serve"], {
    env: { PATH: process.env.PATH, HOST: "127.0.0.1", PORT: "0", API_KEYS: KEYS.join(","), LOG_LEVEL: "warn", LOG_FORMAT: "json", ...env },
    cwd: tmpdir(),
    stdio: ["ignore", "ignore", "pipe"],
  });
  // At warn level nothing is logged unless something is wrong, so readiness is read from /healthz.
  const lines = createInterface({ input: child.stderr! });
  lines.on("line", (line) => log(`serve: ${line}`));
  const port = Number(env.PORT);
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return { port, child };
    } catch {
      if (tries > 300) throw new Error("serve did not start");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function run(ports: number[]): Promise<number[]> {
  let n = 0;
  const ask = async () => {
    const i = n++;
    const port = ports[i % ports.length]!;
    const key = KEYS[i % KEYS.length]!;
    const conversation = `c${Math.floor(i / QUESTIONS.length) % 1_000}`;
    const response = await fetch(`http://127.0.0.1:${port}/v1/ask`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ conversation, text: QUESTIONS[i % QUESTIONS.length] }),
    });
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    await response.arrayBuffer();
  };
  const round = async (ms: number) => {
    let done = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (performance.now() - start < ms) {
          await ask();
          done++;
        }
      }),
    );
    return done / ((performance.now() - start) / 1000);
  };
  await round(1_000);
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) rates.push(await round(ROUND_MS));
  return rates;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
let nextPort = 20_000 + Math.floor(Math.random() * 20_000);

async function measure(label: string, processes: number, redis?: RedisServer) {
  log(`${label}, ${processes} process${processes > 1 ? "es" : ""}`);
  const env: Record<string, string> = redis ? { REDIS_URL: redis.url, REDIS_PREFIX: `bench-${randomUUID()}` } : {};
  const started = await Promise.all(Array.from({ length: processes }, () => startServe({ ...env, PORT: String(nextPort++) })));
  try {
    return { rates: await run(started.map((s) => s.port)) };
  } finally {
    for (const { child } of started) child.kill("SIGTERM");
  }
}

type Setup = { label: string; processes: number; redis?: RedisServer };

const redis = await startRedis();
try {
  const setups: Setup[] = [
    { label: "embedded", processes: 1 },
    { label: "embedded (each process its own state)", processes: 2 },
    { label: "Redis (127.0.0.1)", processes: 1, redis },
    { label: "Redis (127.0.0.1)", processes: 2, redis },
  ];
  // Forwards then backwards, so a machine busier early or late in the run weighs on every setup alike.
  const rates = new Map<Setup, number[]>(setups.map((setup) => [setup, []]));
  for (const pass of [setups, [...setups].reverse()]) {
    for (const setup of pass) rates.get(setup)!.push(...(await measure(setup.label, setup.processes, setup.redis)).rates);
  }
  const results = setups.map((setup) => ({ ...setup, rates: rates.get(setup)!, median: median(rates.get(setup)!) }));
  const base = results[0]!.median;
  process.stdout.write(
    [
      `Questions per second through POST /v1/ask, ${IN_FLIGHT} in flight; median of ${ROUNDS * 2} rounds of ${ROUND_MS / 1000} s in two passes`,
      "",
      table(
        ["store", "processes", "questions/s (median)", "range", "vs one embedded"],
        results.map((r) => [r.label, String(r.processes), count(Math.round(r.median)), `${count(Math.round(Math.min(...r.rates)))}–${count(Math.round(Math.max(...r.rates)))}`, `${(r.median / base).toFixed(2)}×`]),
      ),
      "",
      `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}; load average ${loadavg()[0]!.toFixed(1)} at the end; the client shares the machine.`,
      "",
    ].join("\n"),
  );
} finally {
  await redis.close();
}
