import { Counter, Gauge, type Registry } from "prom-client";
import type { Store } from "../../src/index.js";

/** Adds the store's health to a metrics registry, read from `store.health()` whenever metrics are scraped. */
export function registerStoreMetrics(registry: Registry, store: Pick<Store, "health">): void {
  new Gauge({
    name: "career_advisor_store_up",
    help: "1 while the shared state store answers, 0 while the advisor runs without it",
    registers: [registry],
    collect() {
      this.set(store.health().status === "ok" ? 1 : 0);
    },
  });
  const counted: Record<string, number> = {};
  new Counter({
    name: "career_advisor_store_errors_total",
    help: "Store calls that failed or timed out, and lost connections, by operation",
    labelNames: ["operation"],
    registers: [registry],
    collect() {
      for (const [operation, total] of Object.entries(store.health().errors)) {
        this.inc({ operation }, total - (counted[operation] ?? 0));
        counted[operation] = total;
      }
    },
  });
}
