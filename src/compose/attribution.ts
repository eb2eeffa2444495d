import type { Knowledge } from "../knowledge/load.js";

/** "Wage Survey, 2023": the survey or agency behind a figure, as a figure's inline attribution. */
export function attribution(knowledge: Knowledge, sourceIds: readonly string[], year: string): string {
  const name = behindOf(knowledge, sourceIds);
  return name ? `${name}, ${year}` : year;
}

/** "Wage Survey": the survey or agency behind a figure, when a source other than the documents stands behind it. */
export function behindOf(knowledge: Knowledge, sourceIds: readonly string[]): string | undefined {
  const behind = sourceIds.map((id) => knowledge.sources.get(id)).find((s) => s && s.kind !== "document");
  return behind?.short ?? behind?.title;
}

/** " (Wage Survey)" after a sentence that already holds its period, so the period is not said twice. */
export const byline = (name: string | undefined): string => (name ? ` (${name})` : "");
