import type { Knowledge } from "../knowledge/load.js";

/** "BLS, 2015": the survey or agency behind a figure, as a figure's inline attribution. */
export function attribution(knowledge: Knowledge, sourceIds: readonly string[], year: string): string {
  const behind = sourceIds.map((id) => knowledge.sources.get(id)).find((s) => s && s.kind !== "document");
  const name = behind?.short ?? behind?.title;
  return name ? `${name}, ${year}` : year;
}
