/** Joins each two-word pair the map knows into its one-word form ("do not" → "dont"), keeping other words. */
export function joinContractions(words: readonly string[], contractions: ReadonlyMap<string, string>): string[] {
  if (!contractions.size) return [...words];
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const one = i + 1 < words.length ? contractions.get(`${words[i]!.toLowerCase()} ${words[i + 1]!.toLowerCase()}`) : undefined;
    if (one !== undefined) {
      joined.push(one);
      i++;
    } else joined.push(words[i]!);
  }
  return joined;
}
