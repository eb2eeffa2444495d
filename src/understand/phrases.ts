export type PhraseMatch<T> = { values: readonly T[]; start: number; end: number };

export interface PhraseTable<T> {
  /**
   * Finds known phrases in `words`, longest first, left to right, without overlaps. Positions marked in
   * `taken` are skipped, and the positions of every match are marked, so tables can share the words.
   */
  match(words: readonly string[], taken?: boolean[]): PhraseMatch<T>[];
}

/**
 * Exact phrase lookup by word sequence: one map from phrase to values, so a question costs a few map reads
 * per word. With `fillers`, a phrase of two or more other words also matches with filler words between
 * them ("never finished a degree" matches "never really finished any degree").
 */
export function createPhraseTable<T>(
  entries: Iterable<readonly [words: readonly string[], value: T]>,
  fillers: ReadonlySet<string> = new Set(),
): PhraseTable<T> {
  const { exact: table, loose, longestFrom } = phraseMaps(entries, fillers);

  return {
    match(words, taken = []) {
      const matches: PhraseMatch<T>[] = [];
      for (let start = 0; start < words.length; start++) {
        const longest = longestFrom.get(words[start]!);
        if (taken[start] || !longest) continue;
        const found = exact(words, start, longest, taken) ?? (loose.size && !fillers.has(words[start]!) ? skipping(words, start, longest, taken) : undefined);
        if (!found) continue;
        matches.push(found);
        for (let i = found.start; i < found.end; i++) taken[i] = true;
        start = found.end - 1;
      }
      return matches;
    },
  };

  function exact(words: readonly string[], start: number, longest: number, taken: readonly boolean[]): PhraseMatch<T> | undefined {
    for (let length = Math.min(longest, words.length - start); length > 0; length--) {
      if (isTaken(taken, start, start + length)) continue;
      const values = table.get(length === 1 ? words[start]! : words.slice(start, start + length).join(" "));
      if (values) return { values, start, end: start + length };
    }
    return undefined;
  }

  function skipping(words: readonly string[], start: number, longest: number, taken: readonly boolean[]): PhraseMatch<T> | undefined {
    const kept: number[] = [];
    let skipped = false;
    for (let i = start; i < words.length && kept.length < longest; i++) {
      if (!fillers.has(words[i]!)) kept.push(i);
      else skipped = true;
    }
    // With no filler in reach, the exact lookup has already said all there is.
    if (!skipped) return undefined;
    for (let length = kept.length; length >= 2; length--) {
      const end = kept[length - 1]! + 1;
      if (isTaken(taken, start, end)) continue;
      const values = loose.get(kept.slice(0, length).map((i) => words[i]).join(" "));
      if (values) return { values, start, end };
    }
    return undefined;
  }
}

/**
 * Values by their phrase's words, and by the words left when fillers are taken out (for phrases of two or
 * more such words). Most words start no phrase; knowing the longest phrase each word starts saves building
 * keys for the rest.
 */
function phraseMaps<T>(entries: Iterable<readonly [words: readonly string[], value: T]>, fillers: ReadonlySet<string>) {
  const exact = new Map<string, T[]>();
  const loose = new Map<string, T[]>();
  const longestFrom = new Map<string, number>();
  const add = (map: Map<string, T[]>, words: readonly string[], value: T) => {
    const key = words.join(" ");
    const values = map.get(key);
    if (!values) map.set(key, [value]);
    else if (!values.includes(value)) values.push(value);
    longestFrom.set(words[0]!, Math.max(longestFrom.get(words[0]!) ?? 0, words.length));
  };
  for (const [words, value] of entries) {
    if (!words.length) continue;
    add(exact, words, value);
    const kept = words.filter((w) => !fillers.has(w));
    if (kept.length >= 2) add(loose, kept, value);
  }
  return { exact, loose, longestFrom };
}

function isTaken(taken: readonly boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/** Which values the known phrases in `words` carry: one pass over the words for many phrase lists at once. */
export interface PhraseIndex<T> {
  /** Values of every phrase found at positions not marked in `taken`, overlapping phrases included. */
  valuesIn(words: readonly string[], taken?: readonly boolean[]): Set<T>;
}

/** Like a phrase table, but every phrase at every start counts, so lists whose phrases overlap are all found. */
export function createPhraseIndex<T>(entries: Iterable<readonly [words: readonly string[], value: T]>, fillers: ReadonlySet<string> = new Set()): PhraseIndex<T> {
  const { exact, loose, longestFrom } = phraseMaps(entries, fillers);

  return {
    valuesIn(words, taken = []) {
      const found = new Set<T>();
      const note = (values: readonly T[] | undefined) => values?.forEach((value) => found.add(value));
      for (let start = 0; start < words.length; start++) {
        const longest = longestFrom.get(words[start]!);
        if (taken[start] || !longest) continue;
        let key = words[start]!;
        note(exact.get(key));
        for (let end = start + 1; end < words.length && end - start < longest && !taken[end]; end++) note(exact.get((key += ` ${words[end]}`)));
        if (!loose.size || fillers.has(words[start]!)) continue;
        let looseKey = words[start]!;
        let kept = 1;
        let skipped = false;
        for (let end = start + 1; end < words.length && kept < longest && !taken[end]; end++) {
          if (fillers.has(words[end]!)) {
            skipped = true;
            continue;
          }
          looseKey += ` ${words[end]}`;
          kept++;
          if (skipped) note(loose.get(looseKey));
        }
      }
      return found;
    },
  };
}
