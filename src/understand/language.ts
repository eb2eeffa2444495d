import { francAll } from "franc-min";

/**
 * Below this share of words the lexicon knows, a message may not be English. Chat English
 * keeps well above it ("hey so im an RN, burning out bad" still has most words known), and only
 * such messages pay for the trigram count, so the usual question costs nothing here.
 */
const KNOWN_SHARE = 0.5;
/** Fewer words than this are names, acronyms or off-topic English ("banana bread recipe") as often as another language. */
const MIN_WORDS = 4;
/** English scoring this close to the best language is English written loosely, not another language. */
const CLOSE_TO_ENGLISH = 0.9;

/**
 * The language a message is written in when it is plainly not English (an ISO 639-3 code), else
 * undefined. `known` counts the words the lexicon knows, as typed or as a typo of a known word.
 */
export function otherLanguage(text: string, words: number, known: number): string | undefined {
  if (words < MIN_WORDS || known / words >= KNOWN_SHARE) return undefined;
  const scores = francAll(text, { minLength: 10 });
  const [best, score] = scores[0] ?? ["und", 0];
  if (best === "und" || best === "eng") return undefined;
  const english = scores.find(([code]) => code === "eng")?.[1] ?? 0;
  return english >= score * CLOSE_TO_ENGLISH ? undefined : best;
}
