import type { Knowledge } from "../knowledge/load.js";
import type { ConversationState, Referent } from "../state.js";
import { saysPhrase, toWords } from "../understand/normalise.js";
import type { Understanding } from "../understand/understand.js";

// "That source", "the survey", "the first certification": one thing the last reply held, found by the
// vocabulary's noun for its type among the referents kept, never by the wording of a question.

/** Words before a noun that make it point back: English determiners, not a field's words. */
const POINTING = new Set(["that", "this", "the", "those", "these", "its"]);

/** Whether one of the nouns comes right after a pointing word, or after an ordinal the question has ("the first certification"). */
function pointsWith(u: Understanding, nouns: readonly string[]): boolean {
  return nouns.some((noun) => {
    const words = toWords(noun);
    return u.words.some((_, at) => at > 0 && words.every((w, i) => u.words[at + i] === w) && (POINTING.has(u.words[at - 1]!) || u.ordinal !== undefined));
  });
}

/** The one of several that an ordinal picks, counted from 1, or from the end when negative. */
const nth = <T>(items: readonly T[], ordinal: number) => items.at(ordinal > 0 ? ordinal - 1 : ordinal);

/**
 * The kept referent a typed pointer picks: a source by its kind, a term by its topic, or the only term
 * held for "that one". None when the question names no type, or the last reply held nothing of it.
 */
export function typedReferent(u: Understanding, state: ConversationState | undefined, knowledge: Knowledge): Referent | undefined {
  const kept = state?.referents ?? [];
  if (!kept.length || u.careers.length) return undefined;
  const { pointers } = knowledge.vocabulary;
  const pick = (candidates: readonly Referent[], preferred?: Referent) => (u.ordinal ? nth(candidates, u.ordinal) : (preferred ?? candidates[0]));

  // Words are read in the singular, so "do the sources give salaries?" reads like "the source": a question
  // asking a topic of them asks about the careers' sources, not about one.
  const sources = u.topics.every((t) => t === "overview") ? kept.filter((r) => r.kind === "source") : [];
  for (const [kind, nouns] of Object.entries(pointers.sources)) {
    if (!nouns?.length || !pointsWith(u, nouns)) continue;
    const ofKind = sources.filter((r) => kind === "any" || knowledge.sources.get(r.id)?.kind === kind);
    // A document passing on another's figures is not their source: the one it cites is.
    const origin = ofKind.find((r) => sources.some((other) => knowledge.sources.get(other.id)?.cites.includes(r.id)));
    const found = pick(ofKind, origin);
    if (found) return found;
  }

  const topicOf = (r: Referent) => (r.kind === "term" ? knowledge.glossary.find((t) => t.id === r.id)?.topic : undefined);
  for (const [topic, nouns] of Object.entries(pointers.terms)) {
    if (!nouns?.length || !pointsWith(u, nouns)) continue;
    const found = pick(kept.filter((r) => topicOf(r) === topic));
    if (found) return found;
  }

  // "Is that one hard to get?": only an answer holding a single term of a pointed-at topic says which one;
  // after a question back, "that one" accepts what it offered.
  if (state?.last.kind !== "answer") return undefined;
  const alone = kept.filter((r) => {
    const topic = topicOf(r);
    return topic !== undefined && topic in pointers.terms;
  });
  if (alone.length === 1 && pointers.alone.some((phrase) => saysPhrase(u.words, phrase))) return alone[0];
  return undefined;
}
