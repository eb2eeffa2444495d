/** The singular a word would have if it is a regular plural, for words long enough to be plurals. */
export function singularCandidates(word: string): string[] {
  if (word.length < 4) return [];
  const candidates: string[] = [];
  if (word.endsWith("ies")) candidates.push(word.slice(0, -3) + "y");
  if (word.endsWith("es")) candidates.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) candidates.push(word.slice(0, -1));
  return candidates;
}
