import { distance } from "fastest-levenshtein";
import Fuse from "fuse.js";

export type Correction = { word: string; score: number };

export type SpellerOptions = {
  /** Fuse.js score (0 exact, 1 anything) above which a correction is not trusted at all. */
  maxScore: number;
  /** Corrections remembered, so repeated typos cost a lookup. */
  cacheSize: number;
};

export interface Speller {
  /** The known word a typo most likely stands for, or undefined when none is close enough. */
  correct(token: string): Correction | undefined;
}

// A one-letter slip in a four-letter word is as likely another word ("cake" → "make") as a typo.
const MIN_LENGTH = 5;

// Fuse.js scans every item it is given, so a trigram index narrows thousands of known words to the few
// that share letters with the typo; Fuse.js then ranks just those.
export function createSpeller(words: Iterable<string>, { maxScore, cacheSize }: SpellerOptions): Speller {
  const known = [...new Set(words)].filter((word) => word.length >= MIN_LENGTH - 1 && /^[a-z]+$/.test(word));
  const byTrigram = new Map<string, number[]>();
  known.forEach((word, i) => {
    for (const gram of trigrams(word)) {
      const list = byTrigram.get(gram);
      if (list) list.push(i);
      else byTrigram.set(gram, [i]);
    }
  });
  const cache = new Map<string, Correction | undefined>();

  function lookup(token: string): Correction | undefined {
    const grams = trigrams(token);
    const shared = new Map<number, number>();
    for (const gram of grams) for (const i of byTrigram.get(gram) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const minimum = Math.max(2, Math.ceil(grams.length * 0.3));
    const candidates = [...shared]
      .filter(([i, count]) => count >= minimum && closeInLength(token, known[i]!))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 24)
      .map(([i]) => known[i]!);
    if (!candidates.length) return undefined;
    // Two letters typed the wrong way round is the commonest slip, and one Fuse.js scores as two.
    // In a short word a swap may as well be a different word ("heatlh" is two slips from "health" too).
    const swapped = token.length >= SWAP_MIN_LENGTH ? candidates.find((word) => oneSwapApart(token, word)) : undefined;
    if (swapped) return { word: swapped, score: SWAP_SCORE };
    const best = new Fuse(candidates, { includeScore: true, ignoreLocation: true, threshold: maxScore })
      .search(token)
      .find((result) => distance(token, result.item) <= maxEdits(token));
    return best && best.score !== undefined ? { word: best.item, score: best.score } : undefined;
  }

  return {
    correct(token) {
      if (token.length < MIN_LENGTH || !/^[a-z]+$/.test(token)) return undefined;
      if (cache.has(token)) return cache.get(token);
      const correction = lookup(token);
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
      cache.set(token, correction);
      return correction;
    },
  };
}

/** What two neighbouring letters swapped scores: one slip, as Fuse.js scores one wrong letter in a five-letter word. */
const SWAP_SCORE = 0.2;
const SWAP_MIN_LENGTH = 7;

/** "plumbres" for "plumbers": the same letters, two neighbours the wrong way round. */
function oneSwapApart(token: string, word: string): boolean {
  if (token.length !== word.length) return false;
  const at = [...token].findIndex((letter, i) => letter !== word[i]);
  return at >= 0 && token[at] === word[at + 1] && token[at + 1] === word[at] && token.slice(at + 2) === word.slice(at + 2);
}

// Fuse.js forgives partial matches that are really other words ("recipe" for "recent"); a typo is
// one slip in a short word, two in a longer one.
function maxEdits(token: string): number {
  return token.length <= 5 ? 1 : 2;
}

function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

// Fuse.js scores a word found inside a longer one as a perfect match ("care" in "childcare"), so only
// words of about the same length count as a typo's intended word.
function closeInLength(token: string, word: string): boolean {
  const difference = Math.abs(token.length - word.length);
  return difference <= Math.max(1, Math.floor(Math.min(token.length, word.length) / 4));
}
