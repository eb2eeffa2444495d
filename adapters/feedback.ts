import type { Vote, VoteOutcome } from "../src/index.js";

// What a person who pressed "Helpful" or "Not helpful" is told, privately, on every platform.

export const VOTE_LABELS: Readonly<Record<Vote, string>> = Object.freeze({ helpful: "Helpful", "not-helpful": "Not helpful" });

const NOTICES: Readonly<Record<VoteOutcome, string>> = Object.freeze({
  recorded: "Thanks for your feedback!",
  changed: "Thanks: your vote is changed.",
  unchanged: "Thanks: your vote was already counted.",
  "unknown-reply": "That answer is too old to vote on now; ask again for a fresh one.",
  unavailable: "Your vote could not be saved just now; please try again in a moment.",
});

export function voteNotice(outcome: VoteOutcome): string {
  return NOTICES[outcome];
}

/** A reply id as the advisor makes them (16 URL-safe characters), with room to spare; anything else is not a vote. */
export const REPLY_ID = /^[A-Za-z0-9_-]{8,64}$/;
