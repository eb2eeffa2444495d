import { writeFileSync } from "node:fs";
import { knowledgeDir, openKnowledge, type Knowledge } from "../../src/index.js";
import { evalDraft, gapGroups, type GapGroup } from "../../src/reports.js";
import { day, readReport, sinceWords, type ReportOptions } from "./report-records.js";

export type GapsOptions = ReportOptions & { limit: number; evalDraft?: string; knowledge?: string };

/** `career-advisor gaps`: what people asked that the advisor could not answer, grouped, most frequent first. */
export async function runGaps(options: GapsOptions): Promise<void> {
  const knowledge = await openKnowledge(knowledgeDir(options.knowledge));
  const { records, skipped, since } = await readReport(options, "questions");
  const groups = gapGroups(records, knowledge);
  const top = groups.slice(0, options.limit);
  if (options.evalDraft) {
    writeFileSync(options.evalDraft, evalDraft(top, new Date()));
    process.stderr.write(`career-advisor: wrote ${top.length} group(s) to ${options.evalDraft} as a draft evaluation set\n`);
  }
  if (options.json) {
    process.stdout.write(JSON.stringify({ since: since?.toISOString() ?? null, questions: records.length, groups: top, skipped }) + "\n");
    return;
  }
  process.stdout.write(describe(top, groups.length, records.length, since, knowledge) + "\n");
}

function describe(top: readonly GapGroup[], groups: number, questions: number, since: Date | undefined, knowledge: Knowledge): string {
  const from = sinceWords(since);
  if (!questions) return `No unanswered questions recorded${from}.`;
  const lines = [`${questions} unanswered question(s)${from}, in ${groups} group(s); the ${top.length} most frequent:`];
  top.forEach((group, index) => {
    const kinds = Object.entries(group.kinds).map(([kind, n]) => `${kind} ${n}`).join(", ");
    lines.push(
      "",
      `${index + 1}. ${group.count}× about ${about(group, knowledge)}, ${day(group.first)} to ${day(group.last)} (${kinds})`,
      ...group.examples.map((example) => `   "${example}"`),
    );
  });
  return lines.join("\n");
}

function about(group: GapGroup, knowledge: Knowledge): string {
  const { careers, occupations, topics, words } = group.about;
  const names = [
    ...careers.map((id) => knowledge.careers.get(id)?.plural ?? id),
    ...occupations.map((o) => `${o.replace(/-/g, " ")} (not in the knowledge)`),
    ...(careers.length || occupations.length ? [] : words.slice(0, 3)),
  ];
  const parts = [names.join(" and "), topics.join(", ")].filter(Boolean);
  return parts.length ? parts.join(": ") : "nothing the knowledge recognises";
}
