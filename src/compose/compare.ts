import type { Knowledge } from "../knowledge/load.js";
import type { Career, Topic } from "../knowledge/schema.js";
import { attribution } from "./attribution.js";
import { topicSection } from "./answer.js";
import { citedOf, joinSections, type Section } from "./section.js";
import { capitalise, money, TOPIC_LABEL } from "./wording.js";

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
  const typical = careers.map((career) => ({
    career,
    figure: career.pay.find((f) => f.scope === "overall" && f.measure === "median") ?? career.pay.find((f) => f.scope === "overall"),
  }));
  for (const { career, figure } of typical) {
    if (!figure) {
      lines.push(`${capitalise(career.plural)}: my sources give no pay figure for this role.`);
      continue;
    }
    const others = career.pay.filter((f) => f.scope === "overall" && f !== figure);
    const extra = others.map((f) => `, ${f.measure} ${money(f.amount)}`).join("");
    lines.push(`${capitalise(career.plural)}: ${figure.measure} ${money(figure.amount)}${extra} a year (${attribution(knowledge, figure.sources, figure.year)}).`);
    cited.push({ sources: figure.sources, year: figure.year });
  }
  const known = typical.filter((t) => t.figure);
  if (known.length >= 2) {
    const top = known.reduce((a, b) => (b.figure!.amount > a.figure!.amount ? b : a));
    lines.push(`${capitalise(top.career.plural)} earn more in these figures, though they come from different surveys and years.`);
  } else {
    lines.push("So the sources do not allow a pay comparison.");
  }
  return { text: lines.join("\n"), cited };
}

function compareOutlook(knowledge: Knowledge, careers: readonly Career[]): Section {
  const cited: Section["cited"] = [];
  const lines = careers.map((career) => {
    const outlook = career.outlook;
    if (!outlook) return `${capitalise(career.plural)}: my sources give no growth projection.`;
    const period = `${outlook.from} to ${outlook.to}`;
    cited.push({ sources: outlook.sources, year: period });
    return `${capitalise(career.plural)}: ${outlook.growthPercent}% growth projected for ${outlook.group}, ${period} (${attribution(knowledge, outlook.sources, period)}).`;
  });
  return { text: lines.join("\n"), cited };
}
