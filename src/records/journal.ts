import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readSync } from "node:fs";
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
 * write to that file starts on a fresh line, so nothing after the tear is lost. Writes are synchronous
 * and rare (only unanswered questions and votes), so a record is in the file when the reply goes out. A folder that cannot
 * be written is logged once, not once per question, until writing works again.
 */
export function createJournal({ dir, retentionDays, log, now = () => new Date() }: JournalOptions): Journal {
  let prunedOn = "";
  let failing = false;

  const prune = (date: Date) => {
    const day = date.toISOString().slice(0, 10);
    if (day === prunedOn) return;
    prunedOn = day;
    for (const name of deleteExpired(dir, date, retentionDays)) log.info(`deleted ${name} from ${dir}: older than ${retentionDays} days`);
  };

  return {
    async append(stream, record) {
      const date = now();
      const file = join(dir, `${stream}-${date.toISOString().slice(0, 7)}.jsonl`);
      try {
        mkdirSync(dir, { recursive: true });
        prune(date);
        // Checked before every write, since another process sharing the folder may have been killed mid-line.
        const lead = endsOnWholeLine(file) ? "" : "\n";
        appendFileSync(file, `${lead}${JSON.stringify(record)}\n`);
        if (failing) log.info(`writing records to ${dir} again`);
        failing = false;
      } catch (error) {
        if (!failing) log.error(`cannot write records to ${dir}; answering goes on without them`, error);
        failing = true;
      }
    },
  };
}

function endsOnWholeLine(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw error;
  }
  try {
    const { size } = fstatSync(fd);
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}
