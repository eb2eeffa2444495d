import type { RecordStreams } from "../store/store.js";
import type { ReadResult } from "./read.js";
import { IS_RECORD, type RecordStream, type StreamRecord } from "./record.js";


/** Every record of a stream the store keeps from `since` on, oldest first, skipping (and listing) those that cannot be read. */
export async function readStreamRecords<S extends RecordStream>(streams: RecordStreams, stream: S, since?: Date): Promise<ReadResult<StreamRecord[S]>> {
  const isRecord = IS_RECORD[stream] as (value: unknown) => value is StreamRecord[S];
  const from = since?.toISOString() ?? "";
  const result: ReadResult<StreamRecord[S]> = { records: [], skipped: [] };
  (await streams.read(stream, since)).forEach((record, index) => {
    if (!isRecord(record)) result.skipped.push({ file: `the ${stream} stream`, line: index + 1, torn: false });
    else if (record.time >= from) result.records.push(record);
  });
  return result;
}
