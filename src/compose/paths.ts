import type { Knowledge } from "../knowledge/load.js";
import type { Background, Career } from "../knowledge/schema.js";
import { backgroundLabel } from "./identity.js";
import { pointsSection, type Section } from "./section.js";
import { withArticle } from "./wording.js";

/** Ways into a career, for the asker's background when the knowledge has a path for it; else its education. */
export function pathsSection(knowledge: Knowledge, career: Career, background: Background | undefined): Section | undefined {
  const forBackground = background ? career.paths[background] : undefined;
  if (forBackground) return pointsSection(forBackground, `Becoming ${withArticle(career.name)} with ${backgroundLabel(knowledge, background!)}:`);
  const general = career.topics.paths?.points.length ? career.topics.paths.points : career.topics.education?.points;
  return general?.length ? pointsSection(general) : undefined;
}
