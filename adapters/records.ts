import { createJournal, createMemoryStore, createRecorder, createVoteBook, type Recorder, type ReplySummary, type Vote, type VoteBook } from "../src/index.js";
import { ConfigError } from "./config.js";
import type { Logger } from "./log.js";

export const DATA_DEFAULTS = Object.freeze({ dir: "./data", retentionDays: 180 });

const DAY_MS = 86_400_000;
/** How long after a reply its buttons still count, and how long a person's vote is remembered to be changed. */
const VOTE_WINDOW_MS = 7 * DAY_MS;
/** Replies and votes remembered at once in the embedded store. */
const MAX_REMEMBERED = 100_000;

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
 * What a long-running process records with: a recorder for every channel's replies (wrap the advisor
 * with `withRecording(advisor, channel, recorder)`) and the vote book the feedback buttons write to.
 */
export function openRecords(settings: DataSettings, logger: Logger, knowledgeVersion: () => string): { recorder: Recorder; votes: VoteBook } {
  const journal = createJournal({ dir: settings.dir, retentionDays: settings.retentionDays, log: logger });
  const replies = createMemoryStore<ReplySummary>({ maxEntries: MAX_REMEMBERED });
  const onError = (error: unknown) => logger.error("could not record a reply", error);
  const recorder = createRecorder({ journal, replies, replyTtlMs: VOTE_WINDOW_MS, knowledgeVersion, onError });
  const votes = createVoteBook({ journal, replies, votes: createMemoryStore<Vote>({ maxEntries: MAX_REMEMBERED }), voteTtlMs: VOTE_WINDOW_MS });
  return { recorder, votes };
}
