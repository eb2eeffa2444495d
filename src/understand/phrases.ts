export type PhraseMatch<T> = { values: readonly T[]; start: number; end: number };

export interface PhraseTable<T> {
  /**
   * Finds known phrases in `words`, longest first, left to right, without overlaps. Positions marked in
   * `taken` are skipped, and the positions of every match are marked, so tables can share the words.
   */
  match(words: readonly string[], taken?: boolean[]): PhraseMatch<T>[];
}

/** Exact phrase lookup by word sequence: a map per phrase length, so a question costs a few map reads per word. */
export function createPhraseTable<T>(entries: Iterable<readonly [words: readonly string[], value: T]>): PhraseTable<T> {
  const table = new Map<string, T[]>();
  let longest = 0;
  for (const [words, value] of entries) {
    if (!words.length) continue;
    const key = words.join(" ");
    const values = table.get(key);
    if (!values) table.set(key, [value]);
    else if (!values.includes(value)) values.push(value);
    longest = Math.max(longest, words.length);
  }

  return {
    match(words, taken = []) {
      const matches: PhraseMatch<T>[] = [];
      for (let start = 0; start < words.length; start++) {
        if (taken[start]) continue;
        for (let length = Math.min(longest, words.length - start); length > 0; length--) {
          if (taken.slice(start, start + length).some(Boolean)) continue;
          const values = table.get(words.slice(start, start + length).join(" "));
          if (!values) continue;
          matches.push({ values, start, end: start + length });
          for (let i = start; i < start + length; i++) taken[i] = true;
          start += length - 1;
          break;
        }
      }
      return matches;
    },
  };
}
