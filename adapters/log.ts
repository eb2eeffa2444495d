// Every line a front end logs goes through here, so a secret in an error (a token in a URL, a header)
// is replaced before it can reach a terminal or a log file.

export type Logger = {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
};

export type LoggerOptions = {
  /** Exact values never to print: tokens, signing secrets. */
  secrets?: readonly (string | undefined)[];
  /** Patterns that carry secrets of their own, such as interaction or response URLs. */
  patterns?: readonly RegExp[];
  write?: (line: string) => void;
};

export const REDACTED = "[redacted]";

export function createLogger({ secrets = [], patterns = [], write = (line) => process.stderr.write(line + "\n") }: LoggerOptions = {}): Logger {
  const values = secrets.filter((s): s is string => typeof s === "string" && s.length >= 4);
  const redact = (text: string): string => {
    let out = text;
    for (const value of values) out = out.split(value).join(REDACTED);
    for (const pattern of patterns) out = out.replace(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"), REDACTED);
    return out;
  };
  const line = (level: string, message: string, error?: unknown) =>
    write(redact(`${new Date().toISOString()} ${level} ${message}${error === undefined ? "" : `: ${describe(error)}`}`));
  return {
    info: (message) => line("info", message),
    warn: (message, error) => line("warn", message, error),
    error: (message, error) => line("error", message, error),
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
