import { perKnowledge } from "../knowledge/coverage.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Topic } from "../knowledge/schema.js";
import { literal } from "../understand/normalise.js";

// "What does ACME stand for?" then "what did they find about salaries?": "they" is the body the term
// names, so the question is about the careers whose figures its source gives.

const asWord = (name: string) => new RegExp(`(^|[^\\p{L}])${literal(name)}([^\\p{L}]|$)`, "iu");

/** Careers whose words on a topic (any, without one) rest on a source the terms name by its title, short name or publisher. */
export function careersByTermSource(knowledge: Knowledge, termIds: readonly string[], topic: Topic | undefined): string[] {
  return byTerms(knowledge, `${termIds.join(" ")}|${topic ?? ""}`);
}

// Remembered per knowledge: a large field has thousands of careers to look through, and few terms.
const byTerms = perKnowledge((knowledge, key: string): string[] => {
  const [terms, asked] = key.split("|") as [string, string];
  const termIds = terms.split(" ").filter(Boolean);
  const topic = (asked || undefined) as Topic | undefined;
  const names = termIds.flatMap((id) => knowledge.glossary.find((t) => t.id === id)?.term ?? []).map(asWord);
  const sources = new Set(
    [...knowledge.sources.values()].filter((s) => names.some((name) => [s.title, s.short ?? "", s.publisher ?? ""].some((text) => name.test(text)))).map((s) => s.id),
  );
  if (!sources.size) return [];
  const rests = (ids: readonly string[]) => ids.some((id) => sources.has(id));
  return [...knowledge.careers.values()]
    .filter((career) => {
      const pay = career.pay.some((f) => rests(f.sources));
      const outlook = career.outlook ? rests(career.outlook.sources) : false;
      const points = Object.entries(career.topics).some(([t, notes]) => (!topic || t === topic) && notes?.points.some((p) => rests(p.sources)));
      return topic === "pay" ? pay : topic === "outlook" ? outlook : points || (!topic && (pay || outlook));
    })
    .map((career) => career.id);
});
