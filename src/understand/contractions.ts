/** Two-word forms by their first word, then their second: "do" → "not" → "dont". */
export type Contractions = ReadonlyMap<string, ReadonlyMap<string, string>>;

export function contractionsOf(pairs: Iterable<readonly [first: string, second: string, joined: string]>): Contractions {
  const byFirst = new Map<string, Map<string, string>>();
  for (const [first, second, joined] of pairs) byFirst.set(first, (byFirst.get(first) ?? new Map()).set(second, joined));
  return byFirst;
}

/** Joins each two-word pair it knows into its one-word form ("do not" → "dont"), matching pairs without regard to case. */
export function joinContractions(words: readonly string[], contractions: Contractions): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const one = i + 1 < words.length ? contractions.get(words[i]!.toLowerCase())?.get(words[i + 1]!.toLowerCase()) : undefined;
    if (one !== undefined) {
      joined.push(one);
      i++;
    } else joined.push(words[i]!);
  }
  return joined;
}
