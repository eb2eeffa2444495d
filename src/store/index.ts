// The store's public surface: what serve and the front ends need to open one and use it.
export type { Admission, RateLimitWindow, RecordStreams, ReplySummaries, Store, StoreHealth, StoreLogger, StoreOptions, StoreRateLimiter, VoteOutcome } from "./store.js";
export { STORE_DEFAULTS } from "./store.js";
export { createEmbeddedStore, type EmbeddedStoreOptions } from "./embedded.js";
export { openRedisStore, redisAddress, REDIS_DEFAULTS, type RedisStoreOptions } from "./redis.js";
export { openStore, type StoreChoice } from "./open.js";
