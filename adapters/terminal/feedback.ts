import { feedbackReport, type FeedbackReport, type Tally } from "../../src/reports.js";
import { readReport, sinceWords, type ReportOptions } from "./report-records.js";

/** Questions behind not-helpful votes listed in the text report; --json lists them all. */
const SHOWN = 20;

/** `career-advisor feedback`: helpful and not-helpful votes per topic and career, and what the unhelped asked. */
export async function runFeedback(options: ReportOptions): Promise<void> {
  const { records, skipped, since } = await readReport(options, "votes");
  const report = feedbackReport(records);
  if (options.json) {
    process.stdout.write(JSON.stringify({ since: since?.toISOString() ?? null, votes: records.length, ...report, skipped }) + "\n");
    return;
  }
  const from = sinceWords(since);
  if (!records.length) {
    process.stdout.write(`No votes recorded${from}.\n`);
    return;
  }
  const lines = [
    `Votes${from}: ${tally(report.total)}`,
    "",
    "By topic:",
    ...table(report.byTopic),
    "",
    "By career:",
    ...table(report.byCareer),
  ];
  if (report.notHelpful.length) {
    lines.push("", "Questions behind not-helpful votes:");
    for (const { question, votes, topic, careers } of report.notHelpful.slice(0, SHOWN)) {
      lines.push(`  ${votes}× "${question}"${topic ? ` (${[topic, ...careers].join(", ")})` : ""}`);
    }
    if (report.notHelpful.length > SHOWN) lines.push(`  … and ${report.notHelpful.length - SHOWN} more (--json lists them all)`);
  }
  process.stdout.write(lines.join("\n") + "\n");
}

function tally({ helpful, notHelpful }: Tally): string {
  return `${helpful} helpful, ${notHelpful} not helpful`;
}

function table(rows: FeedbackReport["byTopic"]): string[] {
  const entries = Object.entries(rows).sort((a, b) => b[1].notHelpful - a[1].notHelpful || a[0].localeCompare(b[0]));
  const width = Math.max(...entries.map(([name]) => name.length));
  return entries.map(([name, t]) => `  ${name.padEnd(width)}  ${tally(t)}`);
}
