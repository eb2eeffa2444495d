import { accessSync, constants, mkdirSync } from "node:fs";
import { createJournal, createRecorder, createStreamJournal, createVoteBook, type Recorder, type Store, type VoteBook } from "../src/index.js";
import { ConfigError } from "./config.js";
import type { Logger } from "./log.js";

export const DATA_DEFAULTS = Object.freeze({ dir: "./data", retentionDays: 180 });

export type DataSettings = { dir: string; retentionDays: number };

/** `DATA_DIR` and `DATA_RETENTION_DAYS`, checked; a malformed retention stops the start with a clear message. */
export function dataSettings(env: NodeJS.ProcessEnv = process.env): DataSettings {
  const days = env.DATA_RETENTION_DAYS?.trim();
  if (days && !/^[1-9]\d*$/.test(days)) {
    throw new ConfigError(`DATA_RETENTION_DAYS does not look right: expected a whole number of days, such as ${DATA_DEFAULTS.retentionDays}.`);
  }
  return { dir: env.DATA_DIR?.trim() || DATA_DEFAULTS.dir, retentionDays: days ? Number(days) : DATA_DEFAULTS.retentionDays };
}

/**
 * Stops a long-running process at its start when its records could not be written, rather than answering for weeks
 * with every record lost: a folder under a file, or one this process may not write.
 */
export function checkDataDir({ dir }: DataSettings): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(`DATA_DIR: cannot write records to ${dir} (${reason}); set DATA_DIR to a folder this process may write, default ${DATA_DEFAULTS.dir}.`);
  }
}

export type Records = { recorder: Recorder; votes: VoteBook };

/**
 * What a long-running process records with: a recorder for every channel's replies, which keeps each reply's summary
 * in the store, and the vote book the feedback buttons and the API write to, which reads them back from it. With
 * Redis as the store, a vote counts once whichever process the click reaches, and the records go to its streams, so
 * the reports see every replica's; otherwise they go to files under DATA_DIR.
 */
export function openRecords(settings: DataSettings, logger: Logger, knowledgeVersion: () => string, store: Pick<Store, "replies" | "votes" | "health" | "records">): Records {
  const journal = store.records
    ? createStreamJournal(store.records, settings.retentionDays)
    : createJournal({ dir: settings.dir, retentionDays: settings.retentionDays, log: logger });
  const onError = (error: unknown) => logger.error("a reply could not be recorded", error);
  return {
    recorder: createRecorder({ journal, replies: store.replies, knowledgeVersion, onError }),
    votes: createVoteBook({ journal, store }),
  };
}

