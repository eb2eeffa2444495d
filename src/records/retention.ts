import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

export const RECORD_FILE = /^(questions|votes)-(\d{4})-(\d{2})\.jsonl$/;
const DAY_MS = 86_400_000;

/** Record files whose every day is more than `days` days before `now`. */
export function expiredFiles(names: readonly string[], now: Date, days: number): string[] {
  const cutoff = now.getTime() - days * DAY_MS;
  return names.filter((name) => {
    const match = RECORD_FILE.exec(name);
    if (!match) return false;
    const endOfMonth = Date.UTC(Number(match[2]), Number(match[3]), 1);
    return endOfMonth <= cutoff;
  });
}

/** Deletes the record files older than the retention period; other files in the folder are left alone. */
export function deleteExpired(dir: string, now: Date, days: number): string[] {
  const expired = expiredFiles(readdirSync(dir), now, days);
  for (const name of expired) rmSync(join(dir, name), { force: true });
  return expired;
}
