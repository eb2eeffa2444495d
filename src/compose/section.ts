import type { Point } from "../knowledge/schema.js";
import type { Cited } from "./citations.js";
import { bullets } from "./wording.js";

/** A part of a reply: its text and what it rests on. */
export type Section = { text: string; cited: Cited[] };

/** Points as prose when there is one, as a list when there are several. */
export function pointsSection(points: readonly Point[], heading?: string): Section {
  const body = points.length === 1 ? points[0]!.text : bullets(points.map((p) => p.text));
  return { text: heading ? `${heading}\n${body}` : body, cited: points.map(citedOf) };
}

export function citedOf(point: Point): Cited {
  return point.year ? { sources: point.sources, year: point.year } : { sources: point.sources };
}

export function joinSections(sections: readonly Section[]): Section {
  return { text: sections.map((s) => s.text).join("\n\n"), cited: sections.flatMap((s) => s.cited) };
}
