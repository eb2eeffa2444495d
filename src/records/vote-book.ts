import { createHash } from "node:crypto";
import type { Store } from "../store/store.js";
import type { Journal } from "./journal.js";
import { hasReplyFields, type ReplySummary, type Vote, type VoteRecord } from "./record.js";

/**
 * What became of a click: a first vote, a changed one, a repeat, a reply too old (or unknown) to vote on, or a store
 * that cannot be reached just now (try again later).
 */
export type VoteOutcome = "recorded" | "changed" | "unchanged" | "unknown-reply" | "unavailable";

export type VoteBookOptions = {
  journal: Journal;
  /** The reply summaries the recorder kept, and each person's vote: shared by every process using the store. */
  store: Pick<Store, "replies" | "votes" | "health">;
  now?: () => Date;
};

export type VoteBook = {
  /** `voter` is whatever identifies the person on their platform ("discord:<user id>"); it is never recorded or stored. */
  vote(replyId: string, voter: string, vote: Vote): Promise<VoteOutcome>;
};

/** One vote per person and reply: a second click the same way is ignored, the other way changes the vote. */
export function createVoteBook({ journal, store, now = () => new Date() }: VoteBookOptions): VoteBook {
  return {
    async vote(replyId, voter, vote) {
      const reply = asSummary(await store.replies.get(replyId));
      if (!reply) return store.health().status === "ok" ? "unknown-reply" : "unavailable";
      const cast = await store.votes.cast(replyId, voterDigest(replyId, voter), vote);
      if (!cast.recorded) return "unavailable";
      if (cast.previous === vote) return "unchanged";
      const changed = cast.previous !== undefined;
      const { channel, kind, topic, careers, knowledge, question, digest } = reply;
      const record: VoteRecord = { time: now().toISOString(), replyId, channel, vote, changed, kind, topic, careers, knowledge, question, digest };
      await journal.append("votes", record);
      return changed ? "changed" : "recorded";
    },
  };
}

/** A digest of reply and person: the store can tell a second click from a first without holding a user id. */
function voterDigest(replyId: string, voter: string): string {
  return createHash("sha256").update(replyId).update("\0").update(voter).digest("base64url");
}

/** Written by some process, perhaps of another version: only a summary with every field (a digest, since some versions) is voted on. */
function asSummary(value: unknown): ReplySummary | undefined {
  const ok = hasReplyFields(value) && typeof value.kind === "string" && (value.digest === undefined || typeof value.digest === "string");
  return ok ? (value as ReplySummary) : undefined;
}
