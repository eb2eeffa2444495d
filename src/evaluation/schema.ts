import { z } from "zod";

const kinds = ["answer", "clarify", "fallback", "smalltalk"] as const;

/** A phrase the reply must hold; a list means any one of its phrases will do. */
const Expected = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const EvaluationTurn = z.strictObject({
  ask: z.string(),
  /** Overrides the conversation's category for this turn. */
  category: z.string().min(1).optional(),
  kind: z.enum(kinds).optional(),
  /** Phrases the reply text must contain, compared without regard to case. */
  contains: z.array(Expected).default([]),
  /** Phrases the reply text must not contain, compared without regard to case. */
  excludes: z.array(z.string().min(1)).default([]),
  /** Ids of sources the reply must cite. */
  sources: z.array(z.string().min(1)).default([]),
});

export const EvaluationConversation = z.strictObject({
  id: z.string().min(1),
  category: z.string().min(1),
  turns: z.array(EvaluationTurn).min(1),
});

export const EvaluationSet = z.strictObject({
  /** The share of turns that must pass, from 0 to 1. */
  threshold: z.number().min(0).max(1).default(0.95),
  conversations: z.array(EvaluationConversation).min(1),
});

export type EvaluationTurn = z.infer<typeof EvaluationTurn>;
export type EvaluationConversation = z.infer<typeof EvaluationConversation>;
export type EvaluationSet = z.infer<typeof EvaluationSet>;

/** A turn that fails today, with why: the gate in the tests is every other turn of every set. */
export const KnownFailure = z.strictObject({
  /** The evaluation file's name, e.g. held-out.yaml. */
  set: z.string().min(1),
  conversation: z.string().min(1),
  ask: z.string(),
  reason: z.string().trim().min(10, "expected the reason the turn fails, in a sentence"),
});

export const KnownFailuresFile = z.strictObject({ failures: z.array(KnownFailure).default([]) });

export type KnownFailure = z.infer<typeof KnownFailure>;
