import { z } from "zod";
import { ConfigError } from "../config.js";

/** What a person needs to set one variable: what it is for, where to get it, and what a good value looks like. */
export type VariableSpec = {
  /** One line for --help, with the default where there is one. */
  use: string;
  /** Where a person finds the value, e.g. "Discord Developer Portal → your app → Bot → Reset Token". */
  where: string;
  /** Checked without ever echoing the value. */
  format?: { pattern: RegExp; description: string };
};

/** A channel's variables, by name. */
export type Settings = z.ZodObject<Record<string, z.ZodType>>;

/** A variable that must be set. */
export function required(name: string, spec: VariableSpec) {
  return text(name, spec).describe(spec.use);
}

/** A variable that may be left unset. */
export function optional(name: string, spec: VariableSpec) {
  return text(name, spec).optional().describe(spec.use);
}

function text(name: string, { where, format }: VariableSpec) {
  const value = z.string({ error: `${name} is not set. Get it from ${where}, then set it in the environment or in .env.` });
  return format ? value.regex(format.pattern, `${name} does not look right: expected ${format.description}. Get it from ${where}.`) : value;
}

/** The port every HTTP listener of the process shares. */
export const PORT = z
  .string()
  .regex(/^\d{1,5}$/, "PORT does not look right: expected a port number from 0 to 65535. Get it from your host's settings (default 3000).")
  .refine((value) => Number(value) <= 65_535, "PORT does not look right: expected a port number from 0 to 65535, and ports end at 65535.")
  .default("3000")
  .describe("HTTP port for Slack, the API, /healthz and /metrics (default 3000)");

/**
 * Reads `schema`'s variables from the environment: a blank value counts as unset, and every missing or malformed one
 * is reported at once, by name, never with its value.
 */
export function readVariables<S extends Settings>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  const values = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, env[name]?.trim() || undefined]));
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw new ConfigError([...new Set(parsed.error.issues.map((issue) => issue.message))].join("\n"));
}

/** Each variable of a schema with its line for --help. */
export function describeVariables(schema: Settings): { name: string; use: string }[] {
  return Object.entries(schema.shape).map(([name, field]) => ({ name, use: field.description ?? "" }));
}
