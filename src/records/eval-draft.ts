import type { GapGroup } from "./gap-report.js";

const HEADER = [
  "# Draft evaluation set: the questions the advisor most often could not answer.",
  "# Each conversation asks one real wording. Once the knowledge covers it, set `kind`, write what the reply",
  "# must contain and must not (`contains`, `excludes`) and the `sources` it must cite, then move it into an",
  "# evaluation set. Until then a turn expects nothing and passes whatever the reply.",
];

/** The groups as an evaluation file (the format of tests/evaluation), expectations left to the author. */
export function evalDraft(groups: readonly GapGroup[], madeOn: Date): string {
  const lines = [...HEADER, `# Made by \`career-advisor gaps --eval-draft\` on ${madeOn.toISOString().slice(0, 10)}.`, "conversations:"];
  groups.forEach((group, index) => {
    const { careers, occupations, topics, words } = group.about;
    const subject = [...careers, ...occupations, ...(careers.length || occupations.length ? [] : words.slice(0, 3)), ...topics].join("-");
    const kinds = Object.entries(group.kinds).map(([kind, n]) => `${kind} ${n}`).join(", ");
    group.examples.forEach((example, n) => {
      lines.push(
        `  - id: gap-${String(index + 1).padStart(2, "0")}-${slug(subject)}${n ? `-${n + 1}` : ""}`,
        `    category: ${group.about.topics[0] ?? "gaps"}`,
        "    turns:",
        `      # asked ${group.count} times in this group, ${group.first.slice(0, 10)} to ${group.last.slice(0, 10)}; replies: ${kinds}`,
        `      - ask: ${JSON.stringify(example)}`,
        "        contains: []",
        "        excludes: []",
        "        sources: []",
      );
    });
  });
  return lines.join("\n") + "\n";
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "question";
}
