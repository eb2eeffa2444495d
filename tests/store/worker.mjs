// A process that holds a store opened from the environment (REDIS_URL, REDIS_PREFIX) and runs the calls it is
// sent, one JSON line each way, so a test can drive several real processes sharing one Redis.
import { createInterface } from "node:readline";
import { readStoreSettings } from "../../dist/adapters/store-settings.js";
import { openStore } from "../../dist/src/store/index.js";

const settings = readStoreSettings();
const quiet = { info() {}, warn() {} };
const store = await openStore({ redisUrl: settings.redisUrl, redisPrefix: settings.redisPrefix, logger: quiet });
const limiters = new Map();

const calls = {
  "conversations.get": (id) => store.conversations.get(id),
  "conversations.set": (id, state) => store.conversations.set(id, state),
  "events.claim": (id) => store.events.claim(id),
  "shares.put": (value) => store.shares.put(value),
  "shares.take": (key) => store.shares.take(key),
  "votes.cast": (answer, person, vote) => store.votes.cast(answer, person, vote),
  rateLimit(window, key) {
    if (!limiters.has(window.name)) limiters.set(window.name, store.rateLimiter(window));
    return limiters.get(window.name).take(key);
  },
  health: () => store.health(),
};

const lines = createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  const { id, call, args } = JSON.parse(line);
  const value = await calls[call](...args);
  process.stdout.write(JSON.stringify({ id, value: value ?? null }) + "\n");
});
lines.on("close", () => void store.close());
process.stdout.write(JSON.stringify({ ready: store.health().backend }) + "\n");
