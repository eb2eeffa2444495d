import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRecords } from "../../adapters/records.js";
import type { Logger } from "../../adapters/log.js";
import type { Reply } from "../../src/index.js";
import { openRedisStore, type Store } from "../../src/store/index.js";
import { scratchDir } from "../records/scratch.js";
import { recordingLogger } from "./logger.js";
import { HAVE_REDIS, startRedis } from "./redis-server.js";

// Several replicas behind a load balancer each record what they could not answer and the votes they received; the
// reports, run anywhere, must see all of it.

const CLI = fileURLToPath(new URL("../../dist/adapters/cli.js", import.meta.url));
const FALLBACK: Reply = { kind: "fallback", text: "I can't help with that.", sources: [], suggestions: [] };
const ANSWER: Reply = { kind: "answer", text: "Median $37,110 a year.", sources: [], suggestions: [], topic: "pay", careerIds: ["health-information-technician"] };

let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
beforeAll(async () => {
  if (HAVE_REDIS) redis = await startRedis();
});
afterAll(async () => redis?.close());

const stores: Store[] = [];
afterAll(async () => {
  for (const store of stores) await store.close();
});

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

async function replica(prefix: string, dir = scratchDir()) {
  const store = await openRedisStore({ url: redis!.url, prefix, logger: recordingLogger() });
  stores.push(store);
  return { dir, store, ...openRecords({ dir, retentionDays: 180 }, silent, () => "v1", store) };
}

function report(command: "gaps" | "feedback", env: Record<string, string>) {
  const result = spawnSync(process.execPath, [CLI, command, "--json"], { encoding: "utf8", env: { ...process.env, CAREER_ADVISOR_KNOWLEDGE: "", DATA_DIR: scratchDir(), ...env } });
  return { code: result.status, json: result.status === 0 ? JSON.parse(result.stdout) : undefined, stderr: result.stderr };
}

describe.skipIf(!HAVE_REDIS)("records with Redis", () => {
  it("go to the store's streams, so gaps and feedback see every replica's", async () => {
    const prefix = `test-${randomUUID()}`;
    const [one, two] = [await replica(prefix), await replica(prefix)];
    await one.recorder.afterReply("http", { text: "what do astronauts earn" }, FALLBACK, "r1");
    await two.recorder.afterReply("discord", { text: "astronaut salary" }, FALLBACK, "r2");
    await one.recorder.afterReply("http", { text: "how much do health information technicians make" }, ANSWER, "r3");
    // A vote reaches whichever replica the click lands on.
    expect(await two.votes.vote("r3", "api:a", "not-helpful")).toBe("recorded");
    expect(await one.votes.vote("r3", "api:b", "helpful")).toBe("recorded");
    expect([...readdirSync(one.dir), ...readdirSync(two.dir)], "nothing is written to either replica's folder").toEqual([]);

    const env = { REDIS_URL: redis!.url, REDIS_PREFIX: prefix };
    const gaps = report("gaps", env);
    expect(gaps.stderr).toBe("");
    expect(gaps.json).toMatchObject({ questions: 2, groups: [{ count: 2, about: { occupations: ["astronaut"], topics: ["pay"] } }] });
    const feedback = report("feedback", env);
    expect(feedback.json).toMatchObject({ votes: 2, total: { helpful: 1, notHelpful: 1 }, notHelpful: [{ question: "how much do health information technicians make", votes: 1 }] });
  });

  it("keep only what is within the retention period", async () => {
    const prefix = `test-${randomUUID()}`;
    const { store } = await replica(prefix);
    const client = new Redis(redis!.url);
    const stream = `${prefix}:records:questions`;
    await client.xadd(stream, `${Date.now() - 2 * 86_400_000}-0`, "r", JSON.stringify({ old: true }));
    await client.xadd(stream, `${Date.now() - 3_600_000}-0`, "r", JSON.stringify({ recent: true }));
    expect(await store.records!.append("questions", { now: true }, 86_400_000)).toBe(true);
    expect(await store.records!.read("questions")).toEqual([{ recent: true }, { now: true }]);
    await client.quit();
  });

  it("read page after page, from --since on", async () => {
    const prefix = `test-${randomUUID()}`;
    const { store } = await replica(prefix);
    for (let n = 0; n < 4_500; n++) await store.records!.append("votes", { n }, 86_400_000);
    const all = (await store.records!.read("votes")) as { n: number }[];
    expect(all.map((r) => r.n)).toEqual(Array.from({ length: 4_500 }, (_, n) => n));
    expect(await store.records!.read("votes", new Date(Date.now() + 60_000))).toEqual([]);
  });

  it("fail a report clearly when Redis cannot be reached", async () => {
    const { code, stderr } = report("gaps", { REDIS_URL: "redis://127.0.0.1:1" });
    expect(code).toBe(1);
    expect(stderr).toContain("career-advisor: Redis at redis://127.0.0.1:1 cannot be reached");
  });
});
