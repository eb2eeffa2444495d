import { z } from "zod";
import { ConfigError } from "./config.js";
import { optional, readVariables } from "./runtime/settings.js";

export const DEFAULT_REDIS_PREFIX = "career-advisor";

const URL_SHAPE = "redis://[user:password@]host[:port][/db], or rediss:// for TLS";

const REDIS_URL_WHERE = "your Redis deployment (unset, each process keeps its own state)";

export const STORE_VARIABLES = z.object({
  REDIS_URL: optional("REDIS_URL", {
    use: "redis://[user:password@]host[:port][/db]: state shared by several processes (default: kept in this one)",
    where: REDIS_URL_WHERE,
    format: { pattern: /^rediss?:\/\/\S+$/, description: URL_SHAPE },
  }),
  REDIS_PREFIX: optional("REDIS_PREFIX", {
    use: `prefix of every Redis key, one per advisor sharing a Redis (default ${DEFAULT_REDIS_PREFIX})`,
    where: `your own choice, one per advisor sharing a Redis (default ${DEFAULT_REDIS_PREFIX})`,
    format: { pattern: /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, description: "up to 64 letters, digits, '.', '_', '-' or ':', e.g. career-advisor" },
  }),
  DATA_DIR: optional("DATA_DIR", {
    use: "folder the embedded store keeps what must survive a restart in (default: memory only)",
    where: "your deployment: a folder this process may write, kept across restarts (unset, the embedded store keeps everything in memory)",
  }),
});

export type StoreSettings = {
  redisUrl?: string;
  redisPrefix: string;
  /** Where the embedded store keeps what must survive a restart; unused with Redis, which keeps it itself. */
  dataDir?: string;
  /** The password in REDIS_URL, for the logger to redact should a library ever print the URL. */
  secrets: string[];
};

/** Reads REDIS_URL, REDIS_PREFIX and DATA_DIR; a problem names the variable and what was expected, never the URL (it may hold a password). */
export function readStoreSettings(env: NodeJS.ProcessEnv = process.env): StoreSettings {
  const values = readVariables(STORE_VARIABLES, env);
  const redisPrefix = (values.REDIS_PREFIX ?? DEFAULT_REDIS_PREFIX).replace(/:+$/, "");
  const dataDir = values.DATA_DIR?.trim() || undefined;
  if (!values.REDIS_URL) return { redisPrefix, dataDir, secrets: [] };
  const url = URL.canParse(values.REDIS_URL) ? new URL(values.REDIS_URL) : undefined;
  const problem = url ? urlProblem(url) : "it is not a URL (a port above 65535, or a password with an unescaped '@', '/' or ':'?)";
  if (!url || problem) throw new ConfigError(`REDIS_URL does not look right: ${problem} (expected ${URL_SHAPE}). Get it from ${REDIS_URL_WHERE}.`);
  return { redisUrl: values.REDIS_URL, redisPrefix, dataDir, secrets: url.password ? [url.password, decodeURIComponent(url.password)] : [] };
}

function urlProblem(url: URL): string | undefined {
  if (!url.hostname) return "it names no host";
  if (!/^\/?(\d{1,2})?$/.test(url.pathname)) return "the part after the host must be a database number";
  if (url.search || url.hash) return "it has a query or fragment, which the client would ignore";
  return undefined;
}
