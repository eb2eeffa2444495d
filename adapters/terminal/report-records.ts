import { readRecords, readStreamRecords, type ReadResult, type RecordStream, type StreamRecord } from "../../src/reports.js";
import { readStoreSettings } from "../store-settings.js";
import { dataDir, type ReportOptions } from "./report-options.js";

/** A report reads a year of records a page at a time; each page may take far longer than a question's calls may. */
const READ_TIMEOUT_MS = 10_000;

/**
 * The records a report reads: under `--data` when given; else, with REDIS_URL set, the streams every replica writes
 * to; else under DATA_DIR.
 */
export async function readReportRecords<S extends RecordStream>(options: ReportOptions, stream: S, since: Date | undefined): Promise<ReadResult<StreamRecord[S]>> {
  const { redisUrl, redisPrefix } = readStoreSettings();
  if (options.data !== undefined || !redisUrl) return readRecords(dataDir(options), stream, since);
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
