import type { Knowledge } from "../../knowledge/load.js";
import type { Background, Career } from "../../knowledge/schema.js";
import { backgroundLabel } from "../identity.js";
import { pointsSection, type Section } from "../section.js";
import { withArticle } from "../wording.js";
import type { TopicKind } from "./kind.js";

/** Ways in are typed paths by the asker's background, besides the topic's own points. */
export const paths: TopicKind = {
  has: (career) => Boolean(career.topics.paths?.points.length) || Object.keys(career.paths).length > 0,
  section: (knowledge, career, { background }) => pathsSection(knowledge, career, background),
};

/** Ways into a career, for the asker's background when the knowledge has a path for it; else its education. */
function pathsSection(knowledge: Knowledge, career: Career, background: Background | undefined): Section | undefined {
  const forBackground = background ? career.paths[background] : undefined;
  if (forBackground) return pointsSection(forBackground, `Becoming ${withArticle(career.name)} with ${backgroundLabel(knowledge, background!)}:`);
  const general = career.topics.paths?.points.length ? career.topics.paths.points : career.topics.education?.points;
  return general?.length ? pointsSection(general) : undefined;
}
