import { createEmbeddedStore } from "./embedded.js";
import type { Store, StoreLogger } from "./store.js";

export type StoreChoice = { redisUrl?: string; redisPrefix: string; dataDir?: string; logger: StoreLogger };

/** Redis when a URL is configured, otherwise the embedded store. The Redis client is loaded only then, so a
 * process without Redis starts without it. */
export async function openStore({ redisUrl, redisPrefix, dataDir, logger }: StoreChoice): Promise<Store> {
  if (!redisUrl) return createEmbeddedStore({ dataDir, logger });
  const { openRedisStore } = await import("./redis.js");
  return openRedisStore({ url: redisUrl, prefix: redisPrefix, logger });
}
