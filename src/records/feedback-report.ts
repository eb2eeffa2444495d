import type { VoteRecord } from "./record.js";

export type Tally = { helpful: number; notHelpful: number };

export type FeedbackReport = {
  total: Tally;
  byTopic: Record<string, Tally>;
  byCareer: Record<string, Tally>;
  /** The questions behind the current not-helpful votes, most voted first. */
  notHelpful: { question: string; votes: number; topic: string | null; careers: string[] }[];
};

/** Label for votes on replies that named no topic or career (a question back, a fallback). */
export const NONE = "(none)";

/**
 * Counts each person's current vote: a changed vote adds to its side and takes the earlier one away
 * from the other, so a person who changed their mind counts once.
 */
export function feedbackReport(votes: readonly VoteRecord[]): FeedbackReport {
  const total: Tally = { helpful: 0, notHelpful: 0 };
  const byTopic: Record<string, Tally> = {};
  const byCareer: Record<string, Tally> = {};
  const questions = new Map<string, { question: string; votes: number; topic: string | null; careers: string[] }>();
  for (const vote of votes) {
    const [side, other] = vote.vote === "helpful" ? (["helpful", "notHelpful"] as const) : (["notHelpful", "helpful"] as const);
    const step = (tally: Tally) => {
      tally[side]++;
      if (vote.changed) tally[other]--;
    };
    step(total);
    step((byTopic[vote.topic ?? NONE] ??= { helpful: 0, notHelpful: 0 }));
    for (const career of vote.careers.length ? vote.careers : [NONE]) step((byCareer[career] ??= { helpful: 0, notHelpful: 0 }));
    // Long questions are kept by their opening words, so two that begin alike are told apart by their digest.
    const key = vote.digest ?? vote.question;
    const entry = questions.get(key) ?? { question: vote.question, votes: 0, topic: vote.topic, careers: vote.careers };
    entry.votes += vote.vote === "not-helpful" ? 1 : vote.changed ? -1 : 0;
    questions.set(key, entry);
  }
  const notHelpful = [...questions.values()].filter((q) => q.votes > 0).sort((a, b) => b.votes - a.votes || a.question.localeCompare(b.question));
  return { total, byTopic, byCareer, notHelpful };
}
