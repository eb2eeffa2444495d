import { randomUUID } from "node:crypto";
import { createExpiringMap } from "./expiring-map.js";
import { createHealthTracker } from "./health.js";
import { admit, memoryLimiter } from "./rate-limit.js";
import { STORE_DEFAULTS, type Store, type StoreLogger, type StoreOptions, type VoteOutcome } from "./store.js";
import { openVoteFile, type VoteFile } from "./vote-file.js";

export type EmbeddedStoreOptions = Partial<StoreOptions> & {
  /** Where votes are kept across restarts; without it they live in memory only. */
  dataDir?: string;
  logger: StoreLogger;
  now?: () => number;
};

/** Far more events than one process receives within a claim's ttl, yet a bound should something flood it. */
const MAX_CLAIMS = 100_000;

/** The default store: this process's memory, plus the vote file under the data folder. Nothing to run or configure. */
export function createEmbeddedStore({ dataDir, logger, now = Date.now, ...overrides }: EmbeddedStoreOptions): Store {
  const options = { ...STORE_DEFAULTS, ...overrides };
  const health = createHealthTracker("embedded", logger, {
    down: `cannot write the vote file under ${dataDir}: votes still count, but a restart will forget them`,
    up: `writing the vote file under ${dataDir} again`,
  });
  // Values are kept as JSON text, as Redis keeps them, so neither store lets a caller change what it stored.
  const conversations = createExpiringMap<string>(options.conversationTtlMs, options.maxConversations, now);
  const events = createExpiringMap<true>(options.eventTtlMs, MAX_CLAIMS, now);
  const shares = createExpiringMap<string>(options.shareTtlMs, options.maxShares, now);
  const replies = createExpiringMap<string>(options.replyTtlMs, options.maxReplyBytes, now, (id, summary) => Buffer.byteLength(id) + Buffer.byteLength(summary));
  const votes = new Map<string, { vote: string; at: number }>();
  const file: VoteFile | undefined = dataDir === undefined ? undefined : openVoteFile(dataDir, options.voteTtlMs, now);
  for (const v of file?.votes ?? []) votes.set(voteKey(v.answer, v.person), v);
  if (file?.unreadable) logger.warn(`skipped ${file.unreadable} unreadable line(s) in the vote file under ${dataDir}`);
  // Every question asks the rate limit first. Redis answers on a later turn of the event loop, letting other requests
  // in between; this store does too, one caller a turn, so a burst of questions cannot hold up for its whole length
  // what else the process serves (a health probe, another channel).
  let turns = Promise.resolve();
  const nextTurn = () => (turns = turns.then(() => new Promise<void>((resolve) => setImmediate(resolve))));

  return {
    conversations: {
      get: async (id) => parse(conversations.get(id)),
      set: async (id, state) => conversations.set(id, JSON.stringify(state)),
      forget: async (id) => conversations.delete(id),
    },
    events: { claim: async (id) => events.add(id, true) },
    shares: {
      async put(value) {
        const key = randomUUID();
        shares.set(key, JSON.stringify(value));
        return key;
      },
      take: async (key) => parse(shares.take(key)),
    },
    replies: {
      async put(id, summary) {
        replies.set(id, JSON.stringify(summary));
        return true;
      },
      get: async (id) => parse(replies.get(id)),
    },
    votes: {
      async cast(answer, person, vote): Promise<VoteOutcome> {
        const key = voteKey(answer, person);
        const before = votes.get(key);
        const at = now();
        const previous = before && before.at + options.voteTtlMs > at ? before.vote : undefined;
        votes.set(key, { vote, at });
        try {
          await file?.append({ answer, person, vote, at });
          health.recovered();
        } catch (error) {
          health.failed("votes.write", error);
        }
        return { recorded: true, previous };
      },
    },
    rateLimiter(window) {
      const limiter = memoryLimiter(window);
      return {
        async take(key) {
          await nextTurn();
          return admit(limiter, window.points, key);
        },
      };
    },
    health: () => health.snapshot(),
    close: async () => file?.flush(),
  };
}

function voteKey(answer: string, person: string): string {
  return `${answer}\n${person}`;
}

function parse(text: string | undefined): unknown {
  return text === undefined ? undefined : JSON.parse(text);
}
