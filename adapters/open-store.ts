import { openStore, type Store } from "../src/index.js";
import type { Logger } from "./log.js";
import type { StoreSettings } from "./store-settings.js";

/**
 * The store every channel of this process shares: Redis when REDIS_URL is set, otherwise the embedded one. An
 * unreachable Redis does not stop the start: the store says so once and the advisor answers without it.
 */
export async function openConfiguredStore(settings: StoreSettings, logger: Logger): Promise<Store> {
  const store = await openStore({ ...settings, logger: logger.child({ component: "store" }) });
  logger.info(`state kept in ${store.health().backend === "embedded" ? `this process${settings.dataDir ? ` and ${settings.dataDir}` : ""}` : store.health().backend}`, {
    store: store.health().backend,
  });
  return store;
}
