import { citationLabel } from "../chat/sources-line.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Career, Topic } from "../knowledge/schema.js";
import { careerCitations } from "./topics/index.js";
import { citationsFor } from "./citations.js";
import type { SourcesFocus } from "../state.js";
import { citedOf, type Section } from "./section.js";
import { documentsNoun } from "./identity.js";
import { bullets, labelOf } from "./wording.js";

/** Where the advisor's knowledge comes from, how current it is, and the caveats the documents give. */
export function sourcesSection(knowledge: Knowledge, focus: SourcesFocus, careers: readonly Career[], topic?: Topic): Section {
  const sources = [...knowledge.sources.values()];
  if (careers.length) {
    const cited = careers.flatMap((career) => careerCitations(career, topic));
    const names = careers.map((c) => c.plural).join(" and ");
    if (!cited.length) return { text: `My sources have nothing on the ${topic ? labelOf(topic) : "subject"} of ${names}, so there is nothing to cite.`, cited };
    return { text: `What I know about ${names} comes from:\n${bullets(citationsFor(knowledge, cited).map(citationLabel))}`, cited };
  }
  if (focus === "survey") {
    const surveys = sources.filter((s) => s.kind === "survey");
    const notes = surveys.flatMap((s) => s.notes);
    const titles = surveys.map((s) => `${s.publisher ?? s.title}${s.date ? `, ${s.date}` : ""}`);
    return { text: `About the ${titles.join(" and ")}:\n${bullets(notes.map((n) => n.text))}`, cited: notes.map(citedOf) };
  }
  const documents = sources.filter((s) => s.kind === "document");
  const lines = [`My answers come from ${documentsNoun(knowledge, documents.length)}:`];
  lines.push(bullets(documents.map((d) => `${d.title}${d.date ? ` (updated ${d.date})` : " (undated)"}`)));
  const notes = sources.flatMap((s) => s.notes);
  if (notes.length) lines.push(bullets(notes.map((n) => n.text)));
  const newest = Math.max(...[...knowledge.careers.values()].flatMap((c) => c.pay.map((f) => Number(f.year))));
  if (Number.isFinite(newest)) lines.push(`The newest pay figures here describe ${newest}; check a current source for today's numbers.`);
  return { text: lines.join("\n"), cited: [...documents.map((d) => ({ sources: [d.id] })), ...notes.map(citedOf)] };
}
