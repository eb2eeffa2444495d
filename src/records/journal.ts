import { mkdir, open } from "node:fs/promises";
import { join } from "node:path";
import type { RecordStream } from "./record.js";
import { deleteExpired } from "./retention.js";

/** The part of a front end's logger the journal uses. */
export type JournalLog = {
  info(message: string): void;
  error(message: string, error?: unknown): void;
};

export type JournalOptions = {
  dir: string;
  /** Month files whose last day is older than this are deleted. */
  retentionDays: number;
  log: JournalLog;
  now?: () => Date;
};

export interface Journal {
  /** Appends one record to its stream; resolves once it is written, or could not be. Never rejects: answering matters more. */
  append(stream: RecordStream, record: object): Promise<void>;
}

/**
 * Append-only JSON Lines, one file per stream and month (`questions-2026-11.jsonl`). Each record is one
 * write of one whole line, so a process killed mid-write leaves at most one torn last line; the next
 * write to that file starts on a fresh line, so nothing after the tear is lost. A record is in the file when `append`
 * resolves, so before its reply goes out; writes wait on the disk without holding up the process, and go one at a
 * time, so a line is never checked while another is being written. A folder that cannot be written is logged once,
 * not once per question, until writing works again.
 */
export function createJournal({ dir, retentionDays, log, now = () => new Date() }: JournalOptions): Journal {
  let prunedOn = "";
  let failing = false;
  let last = Promise.resolve();

  const prune = (date: Date) => {
    const day = date.toISOString().slice(0, 10);
    if (day === prunedOn) return;
    prunedOn = day;
    for (const name of deleteExpired(dir, date, retentionDays)) log.info(`deleted ${name} from ${dir}: older than ${retentionDays} days`);
  };

  return {
    append(stream, record) {
      const date = now();
      const file = join(dir, `${stream}-${date.toISOString().slice(0, 7)}.jsonl`);
      const line = JSON.stringify(record);
      const write = async () => {
        try {
          await mkdir(dir, { recursive: true });
          prune(date);
          await appendLine(file, line);
          if (failing) log.info(`writing records to ${dir} again`);
          failing = false;
        } catch (error) {
          if (!failing) log.error(`cannot write records to ${dir}; answering goes on without them`, error);
          failing = true;
        }
      };
      return (last = last.then(write));
    },
  };
}

/** Checked before every write, since another process sharing the folder may have been killed mid-line. */
async function appendLine(file: string, line: string): Promise<void> {
  const handle = await open(file, "a+");
  try {
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    if (size > 0) await handle.read(last, 0, 1, size - 1);
    await handle.appendFile(`${size > 0 && last[0] !== 0x0a ? "\n" : ""}${line}\n`);
  } finally {
    await handle.close();
  }
}
