// Records of what the advisor could not answer and what people thought of its answers.
export type { GapKind, QuestionRecord, ReplySummary, Vote, VoteRecord } from "./record.js";
export { maskPersonalDetails } from "./mask.js";
export { gapKind } from "./unanswered.js";
export { createJournal, type Journal, type JournalLog, type JournalOptions } from "./journal.js";
export { createStreamJournal } from "./stream-journal.js";
export { newReplyId } from "./reply-id.js";
export { createRecorder, type Recorder, type RecorderOptions } from "./recorder.js";
export { createVoteBook, type VoteBook, type VoteOutcome } from "./vote-book.js";
