import type { Knowledge } from "../knowledge/load.js";
import { documentsNoun } from "./identity.js";
import { citedOf, type Section } from "./section.js";

/** What an acronym stands for (general knowledge, cited as such) and what the documents say about it. */
export function glossarySection(knowledge: Knowledge, termIds: readonly string[]): Section {
  const terms = termIds.map((id) => knowledge.glossary.find((t) => t.id === id)).filter((t) => t !== undefined);
  const parts = terms.map((term) => [`${term.meaning.text.replace(/\.$/, "")} (general knowledge, not from ${documentsNoun(knowledge)}).`, ...term.inSources.map((p) => p.text)].join("\n"));
  return {
    text: parts.join("\n\n"),
    cited: terms.flatMap((term) => [citedOf(term.meaning), ...term.inSources.map(citedOf)]),
  };
}
