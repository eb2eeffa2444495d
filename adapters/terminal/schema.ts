import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { knowledgeJsonSchemas, schemaText } from "../../src/authoring.js";

/** Prints the knowledge files' JSON Schemas as one JSON object by file name, or writes each into a folder. */
export async function runSchema(out?: string): Promise<void> {
  const schemas = knowledgeJsonSchemas();
  if (!out) {
    process.stdout.write(schemaText(schemas));
    return;
  }
  mkdirSync(out, { recursive: true });
  for (const [file, schema] of Object.entries(schemas)) writeFileSync(join(out, file), schemaText(schema));
  process.stdout.write(`${out}: wrote ${Object.keys(schemas).join(", ")}\n`);
}
