import { distance } from "fastest-levenshtein";
import Fuse from "fuse.js";

/** Fuse.js score up to which an unknown word may be a misspelling of a known one (one slip in a short word). */
export const SPELLING_THRESHOLD = 0.34;

/**
 * Misspelt word → the word meant, for words numbered 0…n-1 with how often each occurs. Unknown words are taken
 * most frequent first, and one seen in more than one question becomes a word its rarer misspellings fold into
 * ("podiatrist", which the knowledge lacks). A word may be meant when it is within `allowedEdits` of the typed
 * one (fuse.js accepts every such word: a test holds the two together); among those, the fewest edits win, then
 * the word people use most, then the one fuse.js ranks first, so "wat" reads as "what" rather than "way".
 */
export function spellingFor(known: ReadonlySet<string>, words: readonly string[], counts: ArrayLike<number>): (string | undefined)[] {
  const uses = new Map<string, number>();
  for (let id = 0; id < words.length; id++) uses.set(words[id]!, counts[id]!);
  // A word sits on the shelves of its own length and one either side, so a word is compared only with the
  // few words sharing its first letter and about its length.
  const shelves = new Map<string, Shelved[]>();
  const shelve = (word: string) => {
    const shelved = { word, letters: lettersOf(word), uses: uses.get(word) ?? 0 };
    for (const d of [-1, 0, 1]) {
      const key = `${word[0]}${word.length + d}`;
      const shelf = shelves.get(key);
      if (shelf) shelf.push(shelved);
      else shelves.set(key, [shelved]);
    }
  };
  for (const word of known) shelve(word);
  const meant: (string | undefined)[] = new Array(words.length);
  const unknown = [...words.keys()].filter((id) => !known.has(words[id]!)).sort((a, b) => counts[b]! - counts[a]!);
  for (const id of unknown) {
    const word = words[id]!;
    if (word.length < 3 || /\d/.test(word) || known.has(singular(word))) continue;
    const allowed = allowedEdits(word);
    const letters = lettersOf(word);
    let best: string[] = [];
    let fewest = allowed + 1;
    let most = 0;
    for (const candidate of shelves.get(`${word[0]}${word.length}`) ?? []) {
      // One edit changes which letters a word has by at most two, a test far cheaper than counting the edits.
      if (bitCount(letters ^ candidate.letters) > 2 * allowed) continue;
      const edits = distance(word, candidate.word);
      if (edits > allowed) continue;
      if (edits < fewest || (edits === fewest && candidate.uses > most)) [best, fewest, most] = [[candidate.word], edits, candidate.uses];
      else if (edits === fewest && candidate.uses === most) best.push(candidate.word);
    }
    if (best.length) meant[id] = best.length > 1 ? new Fuse(best, { threshold: SPELLING_THRESHOLD }).search(word)[0]!.item : best[0];
    else if (counts[id]! > 1) shelve(word);
  }
  return meant;
}

/** One slip in a short word, one more for every four letters: at most a third of its letters. */
export function allowedEdits(word: string): number {
  return Math.max(1, Math.floor(word.length / 4));
}

export function singular(word: string): string {
  if (word.length < 4) return word;
  if (word.endsWith("ies")) return word.slice(0, -3) + "y";
  return word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

type Shelved = { word: string; letters: number; uses: number };

/** The set of characters in a word, one bit each (folded into 32, which only lets more words through). */
function lettersOf(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) & 31);
  return bits;
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
