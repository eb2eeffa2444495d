import { readRecords, readStreamRecords, type ReadResult, type RecordStream, type SkippedLine, type StreamRecord } from "../../src/reports.js";
import { dataSettings } from "../records.js";
import { readStoreSettings } from "../store-settings.js";

/** Options both reports take. */
export type ReportOptions = { since?: string; json?: boolean; data?: string };

/** A report reads a year of records a page at a time; each page may take far longer than a question's calls may. */
const READ_TIMEOUT_MS = 10_000;

/**
 * The records a report reads, from `--since` on: under `--data` when given; else, with REDIS_URL set, the streams
 * every replica writes to; else under DATA_DIR. Lines that could not be read are told on stderr as well.
 */
export async function readReport<S extends RecordStream>(options: ReportOptions, stream: S): Promise<ReadResult<StreamRecord[S]> & { since?: Date }> {
  const since = parseSince(options.since);
  const result = await readFrom(options, stream, since);
  reportSkipped(result.skipped);
  return { ...result, since };
}

async function readFrom<S extends RecordStream>(options: ReportOptions, stream: S, since: Date | undefined): Promise<ReadResult<StreamRecord[S]>> {
  const { redisUrl, redisPrefix } = readStoreSettings();
  if (options.data !== undefined || !redisUrl) return readRecords(options.data ?? dataSettings().dir, stream, since);
  // An unreachable Redis fails the read with a message naming it; the store need not say so as well.
  const quiet = { info() {}, warn() {} };
  const { openRedisStore } = await import("../../src/store/redis.js");
  const store = await openRedisStore({ url: redisUrl, prefix: redisPrefix, logger: quiet, timeoutMs: READ_TIMEOUT_MS });
  try {
    return await readStreamRecords(store.records!, stream, since);
  } finally {
    await store.close();
  }
}

/** `--since` as a date; a day alone ("2026-01-31") means from the start of that day, UTC. */
function parseSince(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new Error(`--since takes a date such as 2026-01-31, got "${value}"`);
  return date;
}

/** Tells the reader, on stderr, about lines that could not be read, so a torn write never goes unnoticed. */
function reportSkipped(skipped: readonly SkippedLine[]): void {
  if (!skipped.length) return;
  const where = skipped.map(({ file, line, torn }) => `  ${file}:${line}${torn ? " (torn last line: a write was cut off)" : ""}`);
  process.stderr.write([`career-advisor: skipped ${skipped.length} unreadable line(s):`, ...where].join("\n") + "\n");
}

/** The words a report says its period with: " since 2026-01-31", or nothing. */
export function sinceWords(since: Date | undefined): string {
  return since ? ` since ${day(since.toISOString())}` : "";
}

export function day(time: string): string {
  return time.slice(0, 10);
}
