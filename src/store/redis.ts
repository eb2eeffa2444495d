import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import { createHealthTracker, withTimeout } from "./health.js";
import { admit, memoryLimiter, windowSeconds } from "./rate-limit.js";
import { STORE_DEFAULTS, type Store, type StoreLogger, type StoreOptions, type VoteOutcome } from "./store.js";

export type RedisStoreOptions = Partial<StoreOptions> & {
  url: string;
  /** Every key starts with `<prefix>:`, so several advisors (or other programs) can share one Redis. */
  prefix: string;
  logger: StoreLogger;
  /** The longest any call waits on Redis before degrading; several calls per question must stay well under a second. */
  timeoutMs?: number;
  /** How often a degraded store checks whether Redis answers again. */
  probeMs?: number;
};

const REDIS_DEFAULTS = Object.freeze({ timeoutMs: 250, probeMs: 500 });

const FAILED_PROBES_BEFORE_RECONNECT = 3;

/**
 * Keeps a reply's summary unless the day's summaries already fill the day's share of the byte budget: one atomic
 * script, so replicas writing at once never overshoot it. KEYS: the summary, the day's byte count; ARGV: the summary,
 * its ttl, the day's budget.
 */
const KEEP_REPLY = `
local used = redis.call('INCRBY', KEYS[2], string.len(ARGV[1]))
redis.call('PEXPIRE', KEYS[2], ARGV[2])
if used > tonumber(ARGV[3]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

const DAY_MS = 86_400_000;

/** Entries a report reads per call: a few hundred kilobytes, so no one call holds Redis up for long. */
const READ_PAGE = 2_000;

/** Start-up waits this long for Redis, then goes on degraded: answering matters more than remembering. */
const CONNECT_MS = 1_000;

/** "redis://host:port/db" with any user name and password left out, for logs and health reports. */
export function redisAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
}

/**
 * State shared through Redis: expiry by Redis TTLs, one atomic command per operation (SET NX for claims,
 * GETDEL for shares, SET … GET for votes, a Lua increment for rate limits), so processes never race.
 * Calls never queue while Redis is away; a degraded store stops calling Redis (each question would
 * otherwise wait out the timeout) until a probe gets an answer again, and ioredis reconnects by itself.
 */
export async function openRedisStore(options: RedisStoreOptions): Promise<Store> {
  const { url, prefix, logger, timeoutMs = REDIS_DEFAULTS.timeoutMs, probeMs = REDIS_DEFAULTS.probeMs } = options;
  const settings = { ...STORE_DEFAULTS, ...options };
  const address = redisAddress(url);
  const health = createHealthTracker(address, logger, {
    down: `Redis at ${address} unreachable: answering without shared state until it is back, so follow-ups may lose their context`,
    up: `Redis at ${address} reachable again`,
  });
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    commandTimeout: timeoutMs,
    connectTimeout: CONNECT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  });
  const key = (...parts: string[]) => [prefix, ...parts.map(encodeURIComponent)].join(":");

  let closing = false;
  let lastError: unknown;
  client.on("error", (error: unknown) => (lastError = error));
  client.on("close", () => {
    if (!closing) health.failed("connection", lastError ?? new Error("connection to Redis closed"));
  });

  let probing = false;
  let unanswered = 0;
  const probe = async () => {
    if (probing || health.status === "ok" || client.status !== "ready") return;
    probing = true;
    try {
      await withTimeout(client.ping(), timeoutMs);
      unanswered = 0;
      health.recovered();
    } catch (error) {
      health.failed("connection", error);
      // A connection whose peer vanished without closing it never errors by itself; start a fresh one.
      if (++unanswered >= FAILED_PROBES_BEFORE_RECONNECT) {
        unanswered = 0;
        client.disconnect(true);
      }
    } finally {
      probing = false;
    }
  };
  client.on("ready", () => void probe());
  const prober = setInterval(() => void probe(), probeMs).unref();

  async function bounded<T>(operation: string, work: () => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    if (health.status === "degraded") return fallback();
    try {
      return await withTimeout(work(), timeoutMs);
    } catch (error) {
      health.failed(operation, error);
      return fallback();
    }
  }

  try {
    await withTimeout(client.connect(), CONNECT_MS);
  } catch (error) {
    health.failed("connection", error);
  }

  return {
    conversations: {
      get: async (id) => parse(await bounded("conversations.get", () => client.get(key("conversation", id)), () => null)),
      set: (id, state) =>
        bounded("conversations.set", async () => void (await client.set(key("conversation", id), JSON.stringify(state), "PX", settings.conversationTtlMs)), () => undefined),
      forget: (id) => bounded("conversations.forget", async () => void (await client.del(key("conversation", id))), () => undefined),
    },
    events: {
      claim: (id) =>
        bounded("events.claim", async () => (await client.set(key("event", id), "1", "PX", settings.eventTtlMs, "NX")) === "OK", () => true),
    },
    shares: {
      put(value) {
        const id = randomUUID();
        const keep = async () => {
          await client.set(key("share", id), JSON.stringify(value), "PX", settings.shareTtlMs);
          return id;
        };
        return bounded("shares.put", keep, () => undefined);
      },
      take: async (id) => parse(await bounded("shares.take", () => client.getdel(key("share", id)), () => null)),
    },
    replies: {
      put(id, summary) {
        // Each day's summaries live at most a ttl, so the days whose summaries can be alive at once share the budget.
        const days = Math.ceil(settings.replyTtlMs / DAY_MS) + 1;
        const day = String(Math.floor(Date.now() / DAY_MS));
        const keep = async () => (await client.eval(KEEP_REPLY, 2, key("reply", id), key("reply-bytes", day), JSON.stringify(summary), settings.replyTtlMs, Math.floor(settings.maxReplyBytes / days))) === 1;
        return bounded("replies.put", keep, () => false);
      },
      get: async (id) => parse(await bounded("replies.get", () => client.get(key("reply", id)), () => null)),
    },
    votes: {
      cast(answer, person, vote) {
        const replace = async (): Promise<VoteOutcome> => {
          const previous = await client.set(key("vote", answer, person), vote, "PX", settings.voteTtlMs, "GET");
          return { recorded: true, previous: previous ?? undefined };
        };
        return bounded("votes.cast", replace, (): VoteOutcome => ({ recorded: false }));
      },
    },
    records: {
      append(stream, record, keepMs) {
        // Exact trimming by the entries' own times (their ids are milliseconds): nothing older than keepMs stays.
        const minId = String(Math.max(0, Date.now() - keepMs));
        const add = async () => (await client.xadd(key("records", stream), "MINID", minId, "*", "r", JSON.stringify(record))) !== null;
        return bounded(`records.${stream}`, add, () => false);
      },
      async read(stream, since) {
        if (health.status === "degraded") throw new Error(`Redis at ${address} cannot be reached`);
        const records: unknown[] = [];
        for (let from = String(since?.getTime() ?? "-"); ; ) {
          const page = await withTimeout(client.xrange(key("records", stream), from, "+", "COUNT", READ_PAGE), timeoutMs);
          for (const [, fields] of page) records.push(parse(fields[1] ?? null) ?? fields[1]);
          if (page.length < READ_PAGE) return records;
          from = `(${page.at(-1)![0]}`;
        }
      },
    },
    rateLimiter(window) {
      const shared = new RateLimiterRedis({
        storeClient: client,
        rejectIfRedisNotReady: true,
        keyPrefix: key("limit", window.name),
        points: window.points,
        duration: windowSeconds(window),
      });
      // While Redis is away each process still limits on its own count, which bounds a flood to one limit per process.
      const local = memoryLimiter(window);
      return { take: (id) => bounded("rateLimit", () => admit(shared, window.points, id), () => admit(local, window.points, id)) };
    },
    health: () => health.snapshot(),
    async close() {
      closing = true;
      clearInterval(prober);
      await withTimeout(client.quit(), timeoutMs).catch(() => client.disconnect());
    },
  };
}

/** A value another version wrote, or garbage, reads as nothing rather than as an outage. */
function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
