import type { Place } from "./gazetteer.js";
import type { PhraseMatch } from "./phrases.js";

/** The word classes of conditions, each a list in the vocabulary. */
export type ConditionClass = "now" | "money" | "working" | "experience";

/**
 * Something a question asks the answer to hold for: a year, a place, the present, a kind of money, a way
 * of working. Whether the knowledge covers it is decided later, against the careers answered.
 */
export type Condition = ({ kind: "year"; year: string } | { kind: "place"; place: Place } | { kind: ConditionClass }) & { asked: string };

/** Years people ask about; earlier numbers are counts or amounts. */
const YEAR = /^(19|20)\d\d$/;

export function conditionsIn(
  words: readonly string[],
  taken: readonly boolean[],
  placeMatches: readonly PhraseMatch<Place>[],
  classMatches: readonly PhraseMatch<ConditionClass>[],
  typed: (start: number, end: number) => string,
): Condition[] {
  const years = words.flatMap((word, i) => (YEAR.test(word) ? [{ kind: "year" as const, year: word, asked: word, at: i }] : []));
  // A place inside a name the knowledge knows ("New York" in a course's name) is part of that name.
  const places = placeMatches.filter((m) => !taken.slice(m.start, m.end).includes(true)).map((m) => ({ kind: "place" as const, place: m.values[0]!, asked: typed(m.start, m.end), at: m.start }));
  const classed = classMatches.flatMap((m) => m.values.slice(0, 1).map((kind) => ({ kind, asked: typed(m.start, m.end), at: m.start })));
  return [...years, ...places, ...classed].sort((a, b) => a.at - b.at).map(({ at: _, ...condition }) => condition);
}
