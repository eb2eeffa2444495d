import { perKnowledge } from "../knowledge/coverage.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Background, Point } from "../knowledge/schema.js";
import type { Referent } from "../state.js";
import { toWords } from "../understand/normalise.js";
import type { Understanding } from "../understand/understand.js";

// "The two-year route", "the bachelor's path", "the clinical way in": a way into a career described by
// its own words in the knowledge (its schooling, its ways in by background), not by a phrase list.

/** A way in the knowledge describes: the career it leads to, whether it is schooling or a background's way, and its words. */
type Route = { careerId: string; by: "education" | Background; words: ReadonlySet<string> };

/** Words before a route's noun that end its description ("the", "that"): English determiners, not a field's words. */
const DETERMINERS = new Set(["the", "that", "this", "a", "an"]);
/** Words a description may hold before its noun. */
const MAX_DESCRIPTION = 3;
const NUMBERS: Record<string, string> = { one: "1", two: "2", three: "3", four: "4", five: "5", six: "6" };

/** One form for "two" and "2", "years" and "year", "bachelor's" and "bachelors". */
function stem(word: string): string {
  const number = NUMBERS[word] ?? word;
  return number.length > 3 ? number.replace(/s$/, "") : number;
}

const stems = (text: string) => toWords(text).map(stem);

/** Every way in of every career, each leading to the career its words name, else to the career it belongs to. */
const routesOf = perKnowledge((knowledge, _: "all"): Route[] => {
  const careers = [...knowledge.careers.values()];
  const named = careers.map((c) => ({ id: c.id, names: [c.name, c.plural, ...c.aliases].filter((n) => n.includes(" ")).map((n) => ` ${toWords(n).join(" ")} `) }));
  const leadsTo = (own: string, text: string) => {
    const padded = ` ${toWords(text).join(" ")} `;
    return named.find((c) => c.id !== own && c.names.some((n) => padded.includes(n)))?.id ?? own;
  };
  const route = (careerId: string, by: Route["by"], points: readonly Point[], extra: readonly string[] = []): Route[] =>
    points.map((p) => ({ careerId: leadsTo(careerId, p.text), by, words: new Set([...stems(p.text), ...extra.flatMap(stems)]) }));
  return careers.flatMap((c) => [
    ...route(c.id, "education", c.topics.education?.points ?? []),
    ...(Object.keys(c.paths) as Background[]).flatMap((b) => route(c.id, b, c.paths[b] ?? [], [b, ...knowledge.vocabulary.backgrounds[b]])),
  ]);
});

/** The words describing a way in ("two year" in "the two-year route"), when the question names one by a route word. */
function description(u: Understanding, knowledge: Knowledge): string[] {
  const nouns = knowledge.vocabulary.routes.map((phrase) => toWords(phrase));
  for (let end = 0; end < u.words.length; end++) {
    if (!nouns.some((noun) => noun.every((word, i) => u.words[end + i] === word))) continue;
    const before = u.words.slice(Math.max(0, end - MAX_DESCRIPTION - 1), end);
    const from = before.findLastIndex((w) => DETERMINERS.has(w));
    const words = from < 0 ? [] : before.slice(from + 1).map(stem);
    if (words.length) return words;
  }
  return [];
}

/**
 * The way in a description picks: the one whose words hold most of the description's; among equals, the
 * one leading to a career the conversation is about. None when the description fits careers equally.
 */
export function describedRoute(u: Understanding, careersInContext: readonly string[], knowledge: Knowledge): Extract<Referent, { kind: "route" }> | undefined {
  const words = description(u, knowledge);
  if (!words.length) return undefined;
  const scored = routesOf(knowledge, "all").map((route) => ({ route, score: words.filter((w) => route.words.has(w)).length }));
  const best = Math.max(...scored.map((s) => s.score));
  if (best <= 0) return undefined;
  const top = scored.filter((s) => s.score === best).map((s) => s.route);
  const leading = [...new Set(top.map((r) => r.careerId))];
  const chosen = leading.length === 1 ? leading[0] : careersInContext.find((id) => leading.includes(id));
  const route = top.find((r) => r.careerId === chosen);
  return route ? { kind: "route", id: route.careerId, by: route.by } : undefined;
}
