import { perKnowledge, sourcesOf } from "../knowledge/coverage.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Condition } from "../understand/conditions.js";
import { toWords } from "../understand/normalise.js";
import { listing } from "../compose/wording.js";

/** A condition the knowledge does not meet for these careers, as the answer names it. */
export type Gap = { what: string; asked: string };

/** What the knowledge holds on one career, to check conditions against: its words, its years, its places. */
type Holdings = { words: ReadonlySet<string>; years: readonly string[]; figureYears: readonly string[]; places: ReadonlySet<string> };

const holdings = perKnowledge((knowledge, careerId: string): Holdings => {
  const career = knowledge.careers.get(careerId)!;
  const sources = [...sourcesOf(knowledge, careerId)].flatMap((id) => knowledge.sources.get(id) ?? []);
  const strings = [...stringsIn(career), ...sources.flatMap((s) => [s.date ?? "", ...s.notes.map((n) => n.text)])];
  const text = strings.join(" ");
  return {
    // One string at a time: a question's normaliser reads only its first thousand characters.
    words: new Set(strings.flatMap((string) => toWords(string))),
    years: [...new Set(text.match(/\b(19|20)\d\d\b/g) ?? [])],
    figureYears: [...new Set([...career.pay.map((f) => f.year), ...sources.flatMap((s) => s.date?.match(/\b(19|20)\d\d\b/g) ?? [])])].sort(),
    places: new Set(sources.flatMap((s) => (s.place ? [s.place] : []))),
  };
});

/**
 * The conditions of a question these careers' knowledge does not meet: a year it does not describe, the
 * present, a place other than the whole country its sources describe, money or a way of working its
 * words never mention. A condition met by any one of the careers is met.
 */
export function conditionGaps(knowledge: Knowledge, conditions: readonly Condition[], careers: readonly string[]): Gap[] {
  const held = careers.map((id) => holdings(knowledge, id));
  // "Still the case in 2025?": the year says what "still" means.
  const asked = conditions.some((c) => c.kind === "year") ? conditions.filter((c) => c.kind !== "now") : conditions;
  const gaps = asked.flatMap((condition): Gap[] => (held.some((h) => meets(h, condition)) ? [] : [gapOf(condition, held)]));
  return gaps.filter((gap, i) => gaps.findIndex((other) => other.what === gap.what) === i);
}

function meets(held: Holdings, condition: Condition): boolean {
  switch (condition.kind) {
    case "year":
      return held.years.includes(condition.year);
    case "now":
      return false;
    case "place":
      return !condition.place.part && held.places.has(condition.place.country);
    default:
      return toWords(condition.asked).every((word) => held.words.has(word));
  }
}

function gapOf(condition: Condition, held: readonly Holdings[]): Gap {
  const { asked } = condition;
  if (condition.kind === "year") return { what: `figures for ${condition.year}`, asked };
  if (condition.kind === "place") {
    const whole = [...new Set(held.flatMap((h) => [...h.places]))];
    const scope = whole.length ? ` (their figures are for the ${listing(whole)} as a whole)` : "";
    return { what: `${condition.place.name}${scope}`, asked: condition.place.name };
  }
  if (condition.kind === "now") {
    const latest = held.flatMap((h) => h.figureYears).sort().at(-1);
    return { what: latest ? `anything newer than ${latest}` : "anything newer than the sources", asked: latest ?? asked };
  }
  return { what: asked, asked };
}

/** Every string a value holds, however deep: the words a career's file says anything with. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}
