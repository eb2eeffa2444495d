import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RecordStreams } from "../store/store.js";
import { IS_RECORD, type RecordStream, type StreamRecord } from "./record.js";
import { RECORD_FILE } from "./retention.js";

/** A line a reader could not use: torn by a process killed mid-write, or edited by hand. */
export type SkippedLine = { file: string; line: number; torn: boolean };

export type ReadResult<T> = { records: T[]; skipped: SkippedLine[] };

export class DataFolderError extends Error {
  override name = "DataFolderError";
}

/** Every record of a stream from `since` on, oldest file first, skipping (and listing) lines that cannot be read. */
export function readRecords<S extends RecordStream>(dir: string, stream: S, since?: Date): ReadResult<StreamRecord[S]> {
  if (!existsSync(dir)) throw new DataFolderError(`no data folder at ${dir}; records are written to DATA_DIR (default ./data), or pass --data DIR`);
  const from = since?.toISOString() ?? "";
  const isRecord = IS_RECORD[stream] as (value: unknown) => value is StreamRecord[S];
  const files = readdirSync(dir)
    .filter((name) => RECORD_FILE.exec(name)?.[1] === stream && name.slice(stream.length + 1, -6) >= from.slice(0, 7))
    .sort();
  const records: StreamRecord[S][] = [];
  const skipped: SkippedLine[] = [];
  for (const file of files) {
    const lines = readFileSync(join(dir, file), "utf8").split("\n");
    const complete = lines.length - 1; // the piece after the last newline is empty unless the file ends torn
    lines.forEach((text, index) => {
      if (!text) return;
      const record = parse(text);
      if (record !== undefined && isRecord(record)) {
        if (record.time >= from) records.push(record);
      } else skipped.push({ file, line: index + 1, torn: index === complete });
    });
  }
  return { records, skipped };
}

/** The same from the streams a shared store keeps, for records every replica wrote. */
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

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
