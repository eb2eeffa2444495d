import type { Knowledge } from "../../knowledge/load.js";
import type { Career, PayFigure } from "../../knowledge/schema.js";
import { attribution } from "../attribution.js";
import { measuresOf, payOf } from "../money.js";
import { citedOf, type Section } from "../section.js";
import { bullets, capitalise } from "../wording.js";
import type { SectionRequest, TopicKind } from "./kind.js";

/** Pay is typed figures, each said in the unit and currency its source gives, with the topic's points beside them. */
export const pay: TopicKind = {
  has: (career) => career.pay.length > 0,
  section: paySection,
  compare: comparePay,
  fieldsCite: (career) => career.pay.map((f) => ({ sources: f.sources, year: f.year })),
};

function paySection(knowledge: Knowledge, career: Career, { scopes, why, brief = false }: SectionRequest): Section | undefined {
  if (!career.pay.length) return undefined;
  const source = (f: PayFigure) => attribution(knowledge, f.sources, f.year);
  const figureLine = (f: PayFigure) => `${capitalise(f.label)}: ${payOf(f)} (${f.measure}, ${source(f)})`;
  const chosen = scopes.filter((s) => s.careerId === career.id).map((s) => career.pay[s.figure]!);

  const lines: string[] = [];
  if (scopes.length && !chosen.length) lines.push(`My sources give no pay figure for that group of ${career.plural}; here is what they do give.`);
  const reasons = career.topics.pay?.why ?? [];
  if (why) lines.push(...reasons.map((p) => p.text));
  const overall = career.pay.filter((f) => f.scope === "overall");
  if (chosen.length) {
    lines.push(chosen.length === 1 ? `${figureLine(chosen[0]!)}.` : bullets(chosen.map(figureLine)));
  } else {
    if (overall.length) lines.push(`${capitalise(career.plural)}: ${measuresOf(overall)} (${source(overall[0]!)}).`);
    const groups = brief && overall.length ? [] : career.pay.filter((f) => f.scope !== "overall");
    if (groups.length) lines.push(bullets(groups.map(figureLine)));
    if (!why && !brief) lines.push(...(career.topics.pay?.points ?? []).map((p) => p.text));
  }
  if (why && !reasons.length) lines.push("My sources give no reason for these figures.");
  const figures = chosen.length ? chosen : brief && overall.length ? overall : career.pay;
  const notes = why ? reasons : chosen.length || brief ? [] : career.topics.pay?.points ?? [];
  return {
    text: lines.join("\n"),
    cited: [...figures.map((f) => ({ sources: f.sources, year: f.year })), ...notes.map(citedOf)],
  };
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

