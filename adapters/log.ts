// Every line a front end logs goes through here, so a secret in an error (a token in a URL, a header)
// is replaced before it can reach a terminal or a log file.
import { pino, type Level } from "pino";
import { prettyFactory } from "pino-pretty";

/** Structured context for one line, such as `{ channel: "discord", latencyMs: 0.4 }`. */
export type LogFields = Record<string, unknown>;

export type Logger = {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, error?: unknown, fields?: LogFields): void;
  error(message: string, error?: unknown, fields?: LogFields): void;
  /** The same logger with these fields on every line. */
  child(fields: LogFields): Logger;
};

export type LogFormat = "json" | "pretty";

export type LoggerOptions = {
  /** Exact values never to print: tokens, signing secrets, API keys. */
  secrets?: readonly (string | undefined)[];
  /** Patterns that carry secrets of their own, such as interaction or response URLs. */
  patterns?: readonly RegExp[];
  /** Where each finished line goes (default: standard error). */
  write?: (line: string) => void;
  /** Default: $LOG_FORMAT, else readable lines on a terminal and JSON lines anywhere else (always JSON with `write`). */
  format?: LogFormat;
  /** Default: $LOG_LEVEL, else info. */
  level?: Level;
};

export const REDACTED = "[redacted]";

export const LOG_LEVELS: readonly Level[] = ["fatal", "error", "warn", "info", "debug", "trace"];

/** Reads LOG_LEVEL and LOG_FORMAT, naming the variable and its choices when a value is not one of them. */
export function logSettings(env: NodeJS.ProcessEnv = process.env): { level?: Level; format?: LogFormat } {
  const level = env.LOG_LEVEL?.trim().toLowerCase() || undefined;
  const format = env.LOG_FORMAT?.trim().toLowerCase() || undefined;
  if (level && !LOG_LEVELS.includes(level as Level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`);
  if (format && format !== "json" && format !== "pretty") throw new Error("LOG_FORMAT must be json or pretty");
  return { level: level as Level | undefined, format: format as LogFormat | undefined };
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const redact = redactor(options.secrets ?? [], options.patterns ?? []);
  const settings = logSettings();
  const format = options.write ? "json" : (options.format ?? settings.format ?? (process.stderr.isTTY ? "pretty" : "json"));
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const pretty = format === "pretty" ? prettyFactory({ colorize: Boolean(process.stderr.isTTY), singleLine: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" }) : undefined;
  const destination = { write: (line: string) => write(pretty ? pretty(redact(line)) : redact(line)) };
  const base = pino(
    {
      level: options.level ?? settings.level ?? "info",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return wrap(base);
}

function wrap(logger: pino.Logger): Logger {
  // The error is described in the message itself, so a reader of either format sees what failed on the same line.
  const withError = (message: string, error: unknown) => (error === undefined ? message : `${message}: ${describe(error)}`);
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, error, fields) => logger.warn(fields ?? {}, withError(message, error)),
    error: (message, error, fields) => logger.error(fields ?? {}, withError(message, error)),
    child: (fields) => wrap(logger.child(fields)),
  };
}

function redactor(secrets: readonly (string | undefined)[], patterns: readonly RegExp[]): (text: string) => string {
  const values = secrets.filter((s): s is string => typeof s === "string" && s.length >= 4);
  const global = patterns.map((pattern) => new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"));
  return (text) => {
    let out = text;
    for (const value of values) out = out.split(value).join(REDACTED);
    for (const pattern of global) out = out.replace(pattern, REDACTED);
    return out;
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const extra = Object.entries(error)
      .filter(([key, value]) => key !== "stack" && ["string", "number"].includes(typeof value))
      .map(([key, value]) => `${key}=${String(value)}`);
    return [error.name + ": " + error.message, ...extra].join(" ");
  }
  return String(error);
}
