import type { Knowledge } from "../knowledge/load.js";
import type { Career, PayFigure, Topic } from "../knowledge/schema.js";
import { attribution, behindOf, byline } from "./attribution.js";
import { topicSection } from "./answer.js";
import { citedOf, joinSections, type Section } from "./section.js";
import { measuresOf } from "./money.js";
import { capitalise, TOPIC_LABEL } from "./wording.js";

/** Careers side by side on one topic; only figures the sources give, each with its own attribution. */
export function compareSection(knowledge: Knowledge, careers: readonly Career[], topic: Topic): Section {
  if (topic === "pay") return comparePay(knowledge, careers);
  if (topic === "outlook") return compareOutlook(knowledge, careers);
  const sections = careers.map((career) => {
    const notes = career.topics[topic]?.points;
    if (!notes?.length) {
      const section = topicSection(knowledge, career, { topic, scopes: [], why: false });
      return section
        ? { text: `${capitalise(career.plural)}:\n${section.text}`, cited: section.cited }
        : { text: `${capitalise(career.plural)}: my sources say nothing about their ${TOPIC_LABEL[topic]}.`, cited: [] };
    }
    const said = notes.slice(0, 2).map((p) => p.text).join(" ");
    const named = said.toLowerCase().startsWith(career.plural.toLowerCase());
    return { text: named ? said : `${capitalise(career.plural)}: ${said}`, cited: notes.slice(0, 2).map(citedOf) };
  });
  return joinSections(sections);
}

function comparePay(knowledge: Knowledge, careers: readonly Career[]): Section {
  const lines: string[] = [];
  const cited: Section["cited"] = [];
  const basis = sharedBasis(careers);
  const typical = careers.map((career) => {
    const overall = career.pay.filter((f) => f.scope === "overall" && basisOf(f) === basis);
    return { career, figure: overall.find((f) => f.measure === "median") ?? overall[0] };
  });
  for (const { career, figure } of typical) {
    if (!figure) {
      const any = career.pay.length > 0;
      lines.push(`${capitalise(career.plural)}: my sources give no ${any ? "figure in the same unit" : "pay figure"} for this role.`);
      continue;
    }
    const others = career.pay.filter((f) => f.scope === "overall" && f !== figure);
    lines.push(`${capitalise(career.plural)}: ${measuresOf([figure, ...others])} (${attribution(knowledge, figure.sources, figure.year)}).`);
    cited.push({ sources: figure.sources, year: figure.year });
  }
  const known = typical.filter((t) => t.figure);
  if (known.length >= 2) {
    const top = known.reduce((a, b) => (b.figure!.amount > a.figure!.amount ? b : a));
    const origins = new Set(known.map(({ figure }) => `${attribution(knowledge, figure!.sources, figure!.year)}`));
    const caveat = origins.size > 1 ? ", though they come from different surveys or years" : "";
    lines.push(`${capitalise(top.career.plural)} earn more in these figures${caveat}.`);
  } else {
    lines.push("So the sources do not allow a pay comparison.");
  }
  return { text: lines.join("\n"), cited };
}

/** Only figures in one unit and currency can be set side by side: the one most of the careers share. */
function sharedBasis(careers: readonly Career[]): string | undefined {
  const counts = new Map<string, number>();
  for (const career of careers) {
    for (const basis of new Set(career.pay.filter((f) => f.scope === "overall").map(basisOf))) counts.set(basis, (counts.get(basis) ?? 0) + 1);
  }
  return [...counts].reduce<[string, number] | undefined>((best, entry) => (!best || entry[1] > best[1] ? entry : best), undefined)?.[0];
}

const basisOf = (figure: PayFigure) => `${figure.unit} ${figure.currency}`;

function compareOutlook(knowledge: Knowledge, careers: readonly Career[]): Section {
  const cited: Section["cited"] = [];
  const lines = careers.map((career) => {
    const outlook = career.outlook;
    if (!outlook) return `${capitalise(career.plural)}: my sources give no growth projection.`;
    const period = `${outlook.from} to ${outlook.to}`;
    cited.push({ sources: outlook.sources, year: period });
    return `${capitalise(career.plural)}: ${outlook.growthPercent}% growth projected for ${outlook.group}, ${period}${byline(behindOf(knowledge, outlook.sources))}.`;
  });
  return { text: lines.join("\n"), cited };
}
