import { perKnowledge } from "../knowledge/coverage.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Topic } from "../knowledge/schema.js";
import type { ClarifyReply, FallbackReply } from "../types.js";
import { offeredTopics } from "./identity.js";
import { listing } from "./wording.js";

// What replies that are not answers share: how they name the careers and topics, and their shapes.

/**
 * Most careers a reply names, or offers to pick from, in one list: enough for every career a career centre
 * writes by hand, while a generated knowledge base of thousands names the first ones and how many more
 * (any of them can still be asked for by name).
 */
export const MAX_NAMED = 30;
/** Options a question back offers, in the order "the first one", "the second one" picks them. */
export const MAX_OPTIONS = MAX_NAMED;

const allNames = perKnowledge((knowledge) => namesOf([...knowledge.careers.values()].map((c) => c.plural)));
export const careerNames = (knowledge: Knowledge): string => allNames(knowledge, undefined);

/** The first few names, then how many more there are out of `total`. */
export function namesOf(names: readonly string[], total = names.length): string {
  const shown = names.slice(0, MAX_NAMED);
  return listing(total > shown.length ? [...shown, `${(total - shown.length).toLocaleString("en-US")} more`] : shown);
}

export function topicsIKnow(knowledge: Knowledge): string {
  return listing(offeredTopics(knowledge));
}

type Understood = { topic?: Topic; careerIds?: string[] };

export const fallback = (text: string, suggestions: string[], understood: Understood = {}): FallbackReply => ({ kind: "fallback", text, sources: [], suggestions, ...understood });

/** A question back: each option is a question that picks one meaning, and is offered as a suggestion. */
export const clarify = (text: string, options: string[], understood: Understood = {}): ClarifyReply => ({ kind: "clarify", text, options, sources: [], suggestions: options, ...understood });

