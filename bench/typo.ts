import type { Random } from "./random.js";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * One slip of the keyboard (a letter dropped, doubled, swapped with its neighbour or replaced) in one of the
 * longer words, where the speller corrects it; short words are left alone because it never corrects them.
 */
export function withTypo(text: string, random: Random): string {
  const words = text.split(" ");
  const long = words.map((word, i) => (/^[a-z]{6,}$/.test(word) ? i : -1)).filter((i) => i >= 0);
  if (!long.length) return text;
  const at = random.pick(long);
  words[at] = misspell(words[at]!, random);
  return words.join(" ");
}

function misspell(word: string, random: Random): string {
  // The first letter is rarely the one mistyped, and keeping it keeps the slip plausible.
  const i = 1 + random.int(word.length - 2);
  switch (random.int(4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default:
      return word.slice(0, i) + random.pick([...LETTERS].filter((letter) => letter !== word[i])) + word.slice(i + 1);
  }
}
