import type { Knowledge } from "../knowledge/load.js";
import { citedOf, type Section } from "./section.js";
import { bullets } from "./wording.js";

/** Where the advisor's knowledge comes from, how current it is, and the caveats the documents give. */
export function sourcesSection(knowledge: Knowledge): Section {
  const sources = [...knowledge.sources.values()];
  const documents = sources.filter((s) => s.kind === "document");
  const lines = [`My answers come from ${documents.length === 1 ? "one article" : `${documents.length} articles`}:`];
  lines.push(bullets(documents.map((d) => `${d.title}${d.date ? ` (updated ${d.date})` : " (undated)"}`)));
  const notes = sources.flatMap((s) => s.notes);
  if (notes.length) lines.push(bullets(notes.map((n) => n.text)));
  return { text: lines.join("\n"), cited: [...documents.map((d) => ({ sources: [d.id] })), ...notes.map(citedOf)] };
}
