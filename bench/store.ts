import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { createEmbeddedStore, openRedisStore, type Store } from "../src/store/index.js";
import { count, ms, table } from "./format.js";
import { startRedis } from "./redis-server.js";
import { summarise } from "./stats.js";

// The store work one Slack question costs (claim its event, check its asker's rate limit, read and write its
// conversation), first one question at a time, then with many in flight as a busy process has them.
// Redis runs on this machine, so the figures show the client and server cost, not a network's.
const USERS = 500;
const IN_FLIGHT = 64;
const BUDGET_MS = 3_000;

const quiet = { info() {}, warn() {} };
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function questionWork(store: Store) {
  const limiter = store.rateLimiter({ name: "bench", points: 1_000_000, windowMs: 60_000 });
  let n = 0;
  return async () => {
    const user = `U${n++ % USERS}`;
    await store.events.claim(randomUUID());
    await limiter.take(user);
    const state = await store.conversations.get(user);
    await store.conversations.set(user, { careers: ["health-information-technician"], topic: "pay", turn: state === undefined ? 0 : n });
  };
}

async function oneAtATime(work: () => Promise<void>): Promise<{ samples: number[]; perSecond: number }> {
  const samples: number[] = [];
  const begin = performance.now();
  const end = begin + BUDGET_MS;
  while (performance.now() < end) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return { samples, perSecond: samples.length / ((performance.now() - begin) / 1000) };
}

async function manyInFlight(work: () => Promise<void>): Promise<number> {
  let done = 0;
  const start = performance.now();
  const end = start + BUDGET_MS;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (performance.now() < end) {
        await work();
        done++;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

async function measure(label: string, store: Store) {
  log(`${label}: one at a time, then ${IN_FLIGHT} in flight, ${BUDGET_MS / 1000} s each`);
  const work = questionWork(store);
  await oneAtATime(work);
  const { samples, perSecond } = await oneAtATime(work);
  const throughput = await manyInFlight(work);
  await store.close();
  return { label, latency: summarise(samples), sequential: perSecond, throughput };
}

const environment = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}; load average ${loadavg()[0]!.toFixed(1)} at the start.`;
const redis = await startRedis();
try {
  const results = [
    await measure("embedded", createEmbeddedStore({ logger: quiet })),
    await measure("Redis (127.0.0.1)", await openRedisStore({ url: redis.url, prefix: `bench-${randomUUID()}`, logger: quiet })),
  ];
  const [embedded, shared] = results as [(typeof results)[0], (typeof results)[0]];
  process.stdout.write(
    [
      "Store work per question (claim, rate limit, read and write the conversation)",
      "",
      table(
        ["store", "median", "p99", "questions/s one at a time", `questions/s, ${IN_FLIGHT} in flight`],
        results.map((r) => [r.label, ms(r.latency.median), ms(r.latency.p99), count(Math.round(r.sequential)), count(Math.round(r.throughput))]),
      ),
      "",
      `Redis costs ${(shared.latency.median / embedded.latency.median).toFixed(0)}× the embedded median per question and serves ` +
        `${((shared.throughput / embedded.throughput) * 100).toFixed(1)}% of its throughput with ${IN_FLIGHT} in flight.`,
      environment,
      "",
      "",
    ].join("\n"),
  );
} finally {
  await redis.close();
}
