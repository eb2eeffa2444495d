import { existsSync } from "node:fs";

/** Configuration that cannot be used; the message names the variable and where to get it, never its value. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export type Setting = {
  /** Where a person finds the value, e.g. "Discord Developer Portal → your app → Bot → Reset Token". */
  where: string;
  optional?: boolean;
  /** What a well-formed value looks like; checked without ever echoing the value. */
  format?: { pattern: RegExp; description: string };
};

/** Loads `.env` from the working directory when present; variables already set in the environment win. */
export function loadDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Reads the named settings from the environment, reporting every missing or malformed one at once. */
export function readSettings<const Names extends string>(
  settings: Record<Names, Setting>,
  env: NodeJS.ProcessEnv = process.env,
): Record<Names, string | undefined> {
  const problems: string[] = [];
  const values = {} as Record<Names, string | undefined>;
  for (const name of Object.keys(settings) as Names[]) {
    const setting = settings[name];
    const value = env[name]?.trim() || undefined;
    values[name] = value;
    if (!value) {
      if (!setting.optional) problems.push(`${name} is not set. Get it from ${setting.where}, then set it in the environment or in .env.`);
    } else if (setting.format && !setting.format.pattern.test(value)) {
      problems.push(`${name} does not look right: expected ${setting.format.description}. Get it from ${setting.where}.`);
    }
  }
  if (problems.length) throw new ConfigError(problems.join("\n"));
  return values;
}
