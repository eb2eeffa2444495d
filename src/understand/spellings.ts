/** Chat spellings by the word typed, each with the words it stands for ("wat" → ["what"], "idk" → ["i", "dont", "know"]). */
export type Spellings = ReadonlyMap<string, readonly string[]>;

/**
 * Replaces chat spellings of function words with the words they stand for, before anything else reads
 * the question: "wat" left as it is would be an unknown word where a job's name sits.
 */
export function respell(words: readonly string[], spellings: Spellings): string[] {
  if (!spellings.size) return [...words];
  return words.flatMap((word) => spellings.get(word.toLowerCase()) ?? [word]);
}
