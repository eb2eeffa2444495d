// The store for code that opens one directly, Redis client included; front ends take theirs through src/index.ts.
export type { Store, StoreLogger, StoreOptions } from "./store.js";
export { createEmbeddedStore } from "./embedded.js";
export { openRedisStore, redisAddress } from "./redis.js";
export { openStore } from "./open.js";
