import type { Citation } from "../types.js";

/** One citation as people read it: "National Wage Survey (NWS), 2023". */
export function citationLabel(citation: Citation): string {
  return citation.year ? `${citation.title}, ${citation.year}` : citation.title;
}

/** The sources line every front end shows under an answer; empty when there is nothing to cite. */
export function sourcesLine(sources: readonly Citation[]): string {
  return sources.length ? `Sources: ${sources.map(citationLabel).join("; ")}` : "";
}
