// The store's public surface: what serve and the front ends need to open one and use it.
export type { Admission, RateLimitWindow, ReplySummaries, Store, StoreHealth, StoreLogger, StoreOptions, StoreRateLimiter, VoteOutcome } from "./store.js";
export { STORE_DEFAULTS } from "./store.js";
export { createEmbeddedStore, type EmbeddedStoreOptions } from "./embedded.js";
export { openRedisStore, redisAddress, REDIS_DEFAULTS, type RedisStoreOptions } from "./redis.js";
export { registerStoreMetrics } from "./metrics.js";
import { createEmbeddedStore } from "./embedded.js";
import { openRedisStore } from "./redis.js";
import type { Store, StoreLogger } from "./store.js";

export type StoreChoice = { redisUrl?: string; redisPrefix: string; dataDir?: string; logger: StoreLogger };

/** Redis when a URL is configured, otherwise the embedded store. */
export function openStore({ redisUrl, redisPrefix, dataDir, logger }: StoreChoice): Promise<Store> {
  if (redisUrl) return openRedisStore({ url: redisUrl, prefix: redisPrefix, logger });
  return Promise.resolve(createEmbeddedStore({ dataDir, logger }));
}
