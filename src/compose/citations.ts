import type { Knowledge } from "../knowledge/load.js";
import type { Citation } from "../types.js";

export type Cited = { sources: readonly string[]; year?: string };

const ORDER: Readonly<Record<Citation["kind"], number>> = { document: 0, survey: 1, agency: 2, reference: 3 };

/** Collects the sources behind what a reply says, with the years of the figures drawn from each. */
export function citationsFor(knowledge: Knowledge, used: readonly Cited[]): Citation[] {
  const years = new Map<string, Set<string>>();
  for (const { sources, year } of used) {
    for (const id of sources) {
      const set = years.get(id) ?? new Set<string>();
      if (year) set.add(year);
      years.set(id, set);
    }
  }
  const citations: Citation[] = [];
  for (const [id, yearSet] of years) {
    const source = knowledge.sources.get(id);
    if (!source) continue;
    const year = source.kind === "document" ? source.date : [...yearSet].sort().join(", ") || source.date;
    citations.push({
      id,
      title: source.title,
      kind: source.kind,
      ...(source.publisher ? { publisher: source.publisher } : {}),
      ...(year ? { year } : {}),
    });
  }
  return citations.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
}
