import { inspect } from "node:util";
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../log.js";

/**
 * Bolt, its Web API client and Socket Mode client log through this, so their lines are redacted like ours.
 * Their debug lines dump whole payloads (with response URLs) and are dropped.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  return {
    debug: () => {},
    info: (...parts: unknown[]) => logger.info(line(parts)),
    warn: (...parts: unknown[]) => logger.warn(line(parts), firstError(parts)),
    error: (...parts: unknown[]) => logger.error(line(parts), firstError(parts)),
    // The level is ours to choose, not the library's.
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

function line(parts: unknown[]): string {
  const words = parts.filter((part) => !(part instanceof Error)).map((part) => (typeof part === "string" ? part : inspect(part, { depth: 2, breakLength: Infinity })));
  return ["slack:", ...words].join(" ");
}

function firstError(parts: unknown[]): Error | undefined {
  return parts.find((part): part is Error => part instanceof Error);
}
