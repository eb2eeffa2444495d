import type { Knowledge } from "../knowledge/load.js";
import type { Career, PayFigure } from "../knowledge/schema.js";
import type { PayScope } from "../understand/lexicon.js";
import { attribution } from "./attribution.js";
import { citedOf, type Section } from "./section.js";
import { measuresOf, payOf } from "./money.js";
import { bullets, capitalise } from "./wording.js";

export type PayRequest = { scopes: readonly PayScope[]; why: boolean; brief?: boolean };

export function paySection(knowledge: Knowledge, career: Career, { scopes, why, brief = false }: PayRequest): Section | undefined {
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
