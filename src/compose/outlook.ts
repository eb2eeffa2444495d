import type { Knowledge } from "../knowledge/load.js";
import type { Career } from "../knowledge/schema.js";
import { behindOf, byline } from "./attribution.js";
import { citedOf, type Section } from "./section.js";

export function outlookSection(knowledge: Knowledge, career: Career, why: boolean): Section | undefined {
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
