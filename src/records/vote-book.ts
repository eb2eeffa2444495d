import { createHash } from "node:crypto";
import type { ExpiringStore } from "./expiring-store.js";
import type { Journal } from "./journal.js";
import type { Vote, VoteRecord } from "./record.js";
import type { ReplySummary } from "./recorder.js";

/** What became of a click: a first vote, a changed one, a repeat, or a reply too old (or unknown) to vote on. */
export type VoteOutcome = "recorded" | "changed" | "unchanged" | "unknown-reply";

export type VoteBookOptions = {
  journal: Journal;
  /** The replies the recorder remembered. */
  replies: ExpiringStore<ReplySummary>;
  /** Each person's vote per reply, under a key that does not reveal the person. */
  votes: ExpiringStore<Vote>;
  /** How long a person's vote is remembered, so a later click changes it rather than adding one. */
  voteTtlMs: number;
  now?: () => Date;
};

export type VoteBook = {
  /** `voter` is whatever identifies the person on their platform ("discord:<user id>"); it is never recorded. */
  vote(replyId: string, voter: string, vote: Vote): Promise<VoteOutcome>;
};

/** One vote per person and reply: a second click the same way is ignored, the other way changes the vote. */
export function createVoteBook({ journal, replies, votes, voteTtlMs, now = () => new Date() }: VoteBookOptions): VoteBook {
  return {
    async vote(replyId, voter, vote) {
      const reply = await replies.get(replyId);
      if (!reply) return "unknown-reply";
      const previous = await votes.swap(voterKey(replyId, voter), vote, voteTtlMs);
      if (previous === vote) return "unchanged";
      const changed = previous !== undefined;
      const { channel, kind, topic, careers, knowledge, question } = reply;
      const record: VoteRecord = { time: now().toISOString(), replyId, channel, vote, changed, kind, topic, careers, knowledge, question };
      journal.append("votes", record);
      return changed ? "changed" : "recorded";
    },
  };
}

/** A digest of reply and person: the store can tell a second click from a first without holding a user id. */
function voterKey(replyId: string, voter: string): string {
  return `vote:${createHash("sha256").update(replyId).update("\0").update(voter).digest("base64url")}`;
}
