import type { Knowledge } from "../../knowledge/load.js";
import type { Career } from "../../knowledge/schema.js";
import { behindOf, byline } from "../attribution.js";
import { citedOf, type Section } from "../section.js";
import { capitalise } from "../wording.js";
import type { TopicKind } from "./kind.js";

/** The outlook is one typed projection, with the topic's points, or its reasons, after it. */
export const outlook: TopicKind = {
  has: (career) => career.outlook !== undefined,
  section: (knowledge, career, { why }) => outlookSection(knowledge, career, why),
  compare: compareOutlook,
  fieldsCite: (career) => (career.outlook ? [{ sources: career.outlook.sources, year: `${career.outlook.from} to ${career.outlook.to}` }] : []),
};

function outlookSection(knowledge: Knowledge, career: Career, why: boolean): Section | undefined {
  const outlook = career.outlook;
  if (!outlook) return undefined;
  const period = `${outlook.from} to ${outlook.to}`;
  const lines = [
    `Employment of ${outlook.group} was projected to grow ${outlook.growthPercent}% from ${period}, ${outlook.comparison}${byline(behindOf(knowledge, outlook.sources))}.`,
  ];
  const notes = career.topics.outlook;
  const reasons = notes?.why ?? [];
  const shown = why ? reasons : (notes?.points ?? []);
  lines.push(...shown.map((p) => p.text));
  if (why && !reasons.length) lines.push("My sources give no reason for this projection.");
  return { text: lines.join("\n"), cited: [{ sources: outlook.sources, year: period }, ...shown.map(citedOf)] };
}

function compareOutlook(knowledge: Knowledge, careers: readonly Career[]): Section {
  const cited: Section["cited"] = [];
  const lines = careers.map((career) => {
    const outlook = career.outlook;
    if (!outlook) return `${capitalise(career.plural)}: my sources don't give a growth projection.`;
    const period = `${outlook.from} to ${outlook.to}`;
    cited.push({ sources: outlook.sources, year: period });
    return `${capitalise(career.plural)}: ${outlook.growthPercent}% growth projected for ${outlook.group}, ${period}${byline(behindOf(knowledge, outlook.sources))}.`;
  });
  return { text: lines.join("\n"), cited };
}
