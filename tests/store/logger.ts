import type { StoreLogger } from "../../src/store/index.js";

/** A logger that keeps what it is told, for tests that count outage messages. */
export function recordingLogger(): StoreLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => void lines.push(`info ${message}`),
    warn: (message, error) => void lines.push(`warn ${message}${error === undefined ? "" : `: ${String(error)}`}`),
  };
}
