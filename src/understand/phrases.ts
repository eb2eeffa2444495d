export type PhraseMatch<T> = { values: readonly T[]; start: number; end: number };

export interface PhraseTable<T> {
  /**
   * Finds known phrases in `words`, longest first, left to right, without overlaps. Positions marked in
   * `taken` are skipped, and the positions of every match are marked, so tables can share the words.
   */
  match(words: readonly string[], taken?: boolean[]): PhraseMatch<T>[];
}

/** Exact phrase lookup by word sequence: one map from phrase to values, so a question costs a few map reads per word. */
export function createPhraseTable<T>(entries: Iterable<readonly [words: readonly string[], value: T]>): PhraseTable<T> {
  const table = new Map<string, T[]>();
  // Most words start no phrase; knowing the longest phrase each word starts saves building keys for the rest.
  const longestFrom = new Map<string, number>();
  for (const [words, value] of entries) {
    if (!words.length) continue;
    const key = words.join(" ");
    const values = table.get(key);
    if (!values) table.set(key, [value]);
    else if (!values.includes(value)) values.push(value);
    longestFrom.set(words[0]!, Math.max(longestFrom.get(words[0]!) ?? 0, words.length));
  }

  return {
    match(words, taken = []) {
      const matches: PhraseMatch<T>[] = [];
      for (let start = 0; start < words.length; start++) {
        const longest = longestFrom.get(words[start]!);
        if (taken[start] || !longest) continue;
        for (let length = Math.min(longest, words.length - start); length > 0; length--) {
          if (isTaken(taken, start, length)) continue;
          const values = table.get(length === 1 ? words[start]! : words.slice(start, start + length).join(" "));
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

function isTaken(taken: readonly boolean[], start: number, length: number): boolean {
  for (let i = start; i < start + length; i++) if (taken[i]) return true;
  return false;
}
