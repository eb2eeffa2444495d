import type { Background, Career } from "../knowledge/schema.js";
import { pointsSection, type Section } from "./section.js";
import { withArticle } from "./wording.js";

export const BACKGROUND_LABEL: Readonly<Record<Background, string>> = Object.freeze({
  clinical: "a clinical background (nursing or another clinical job)",
  it: "an IT background without healthcare experience",
  "no-degree": "no degree yet",
});

/** Ways into a career, for the asker's background when the knowledge has a path for it; else its education. */
export function pathsSection(career: Career, background: Background | undefined): Section | undefined {
  const forBackground = background ? career.paths[background] : undefined;
  if (forBackground) return pointsSection(forBackground, `Becoming ${withArticle(career.name)} with ${BACKGROUND_LABEL[background!]}:`);
  const general = career.topics.paths?.points.length ? career.topics.paths.points : career.topics.education?.points;
  return general?.length ? pointsSection(general) : undefined;
}
