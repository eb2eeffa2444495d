/**
 * The singulars a word would have if it is a regular plural, for words long enough to be plurals; the
 * plain "-s" first, so "aides" reads as "aide" before "aid".
 */
export function singularCandidates(word: string): string[] {
  if (word.length < 4) return [];
  const candidates: string[] = [];
  if (word.endsWith("s") && !word.endsWith("ss")) candidates.push(word.slice(0, -1));
  if (word.endsWith("es")) candidates.push(word.slice(0, -2));
  if (word.endsWith("ies")) candidates.push(word.slice(0, -3) + "y");
  return candidates;
}
