import { z } from "zod";
import { AdvisorFile, Career, GlossaryFile, SourcesFile, VocabularyFile } from "./schema.js";

/** The folder, inside a knowledge folder, that holds the JSON Schemas its files point editors at. */
export const SCHEMA_DIR = "schema";

const SCHEMAS = {
  "sources.json": { schema: SourcesFile, title: "Sources", description: "sources.yaml: every source a statement may cite." },
  "glossary.json": { schema: GlossaryFile, title: "Glossary", description: "glossary.yaml: acronyms and terms, what they stand for and what the sources say of them." },
  "vocabulary.json": { schema: VocabularyFile, title: "Vocabulary", description: "vocabulary.yaml: the words that carry meaning in a question." },
  "career.json": { schema: Career, title: "Career", description: "careers/<id>.yaml: one career." },
  "advisor.json": { schema: AdvisorFile, title: "Advisor", description: "advisor.yaml: how the advisor presents itself." },
} as const;

/**
 * JSON Schemas for the knowledge files, generated from the zod schemas so they cannot disagree with the
 * loader. They describe the files as written (defaults may be left out), in draft-07, which editors'
 * YAML support reads.
 */
export function knowledgeJsonSchemas(): Record<string, object> {
  return Object.fromEntries(
    Object.entries(SCHEMAS).map(([file, { schema, title, description }]) => [
      file,
      { ...z.toJSONSchema(schema, { io: "input", target: "draft-7" }), title, description },
    ]),
  );
}

/** A schema file's text, as shipped in the knowledge folder. */
export function schemaText(schema: object): string {
  return JSON.stringify(schema, null, 2) + "\n";
}
