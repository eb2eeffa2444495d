// The public surface for reports on what was recorded: what the advisor could not answer, and the votes.
// Apart from index.ts so answering starts without the reports' own phrase tables and spelling.
export { readRecords, readStreamRecords, DataFolderError, type ReadResult, type SkippedLine } from "./records/read.js";
export type { RecordStream, StreamRecord } from "./records/record.js";
export { gapGroups, type GapGroup } from "./records/gap-report.js";
export { feedbackReport, type FeedbackReport, type Tally } from "./records/feedback-report.js";
export { evalDraft } from "./records/eval-draft.js";
