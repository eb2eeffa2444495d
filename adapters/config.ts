import { existsSync } from "node:fs";

/** Configuration that cannot be used; the message names the variable and where to get it, never its value. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** A failure already logged where it happened, with what it concerned; the command only has to exit non-zero. */
export class Reported extends Error {
  override name = "Reported";
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/** Loads `.env` from the working directory when present; variables already set in the environment win. */
export function loadDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
