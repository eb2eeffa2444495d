import type { SkippedLine } from "../../src/reports.js";
import { dataSettings } from "../records.js";

/** Options both reports take. */
export type ReportOptions = { since?: string; json?: boolean; data?: string };

/** `--since` as a date; a day alone ("2026-01-31") means from the start of that day, UTC. */
export function parseSince(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new Error(`--since takes a date such as 2026-01-31, got "${value}"`);
  return date;
}

export function dataDir(options: ReportOptions): string {
  return options.data ?? dataSettings().dir;
}

/** Tells the reader, on stderr, about lines that could not be read, so a torn write never goes unnoticed. */
export function reportSkipped(skipped: readonly SkippedLine[]): void {
  if (!skipped.length) return;
  const where = skipped.map(({ file, line, torn }) => `  ${file}:${line}${torn ? " (torn last line: a write was cut off)" : ""}`);
  process.stderr.write([`career-advisor: skipped ${skipped.length} unreadable line(s):`, ...where].join("\n") + "\n");
}

export function day(time: string): string {
  return time.slice(0, 10);
}
