import type { RecordStreams } from "../store/store.js";
import type { Journal } from "./journal.js";

const DAY_MS = 86_400_000;

/**
 * Records kept in the store's streams instead of this process's files, so the reports see every replica's. The store
 * says itself, once per outage, when it cannot be written.
 */
export function createStreamJournal(streams: RecordStreams, retentionDays: number): Journal {
  return {
    async append(stream, record) {
      await streams.append(stream, record, retentionDays * DAY_MS);
    },
  };
}
