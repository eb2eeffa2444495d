import { copyFileSync, existsSync, mkdirSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { knowledgeDir } from "../src/index.js";
import { loadKnowledge } from "../src/authoring.js";
import { syntheticCareer, type CareerFile } from "./career.js";
import { generatedName, MAX_GENERATED } from "./names.js";
import { createRandom } from "./random.js";

export const DEFAULT_COUNT = 1_000;
const SHARED_FILES = ["sources.yaml", "glossary.yaml", "vocabulary.yaml"];

/**
 * Writes a knowledge folder of `count` careers into `dir`: the shipped files and careers, then synthetic
 * careers up to the count. Returns the synthetic careers. The same count always gives the same folder.
 */
export function generateKnowledge(dir: string, count = DEFAULT_COUNT): CareerFile[] {
  const shippedDir = knowledgeDir(undefined, {});
  const shipped = loadKnowledge(shippedDir);
  const synthetic = count - shipped.careers.size;
  if (!Number.isInteger(count) || synthetic < 0 || synthetic > MAX_GENERATED) {
    throw new RangeError(`expected a career count from ${shipped.careers.size} to ${shipped.careers.size + MAX_GENERATED}, got ${count}`);
  }
  // Never mixes generated careers with whatever a folder already holds.
  if (existsSync(dir) && readdirSync(dir).length) throw new Error(`${dir} is not empty; give a new or empty folder`);
  mkdirSync(join(dir, "careers"), { recursive: true });

  for (const file of SHARED_FILES) copyFileSync(join(shippedDir, file), join(dir, file));
  for (const file of readdirSync(join(shippedDir, "careers"))) copyFileSync(join(shippedDir, "careers", file), join(dir, "careers", file));

  const names = Array.from({ length: synthetic }, (_, i) => generatedName(i));
  const all = [
    ...[...shipped.careers.values()].map(({ id, plural }) => ({ id, plural })),
    ...names.map(({ name, plural }) => ({ id: slug(name), plural })),
  ];
  const sourceIds = (kind: string) => [...shipped.sources.values()].filter((s) => s.kind === kind).map((s) => s.id);
  const parts = { all, documents: sourceIds("document"), agencies: sourceIds("agency"), random: createRandom(count) };

  return names.map((name) => {
    const career = syntheticCareer(name, { ...parts, id: slug(name.name) });
    writeFileSync(join(dir, "careers", `${career.id}.yaml`), stringify(career));
    return career;
  });
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

function isMain(): boolean {
  return Boolean(process.argv[1]) && realpathSync(process.argv[1]!) === fileURLToPath(import.meta.url);
}

if (isMain()) {
  const [dir, count = String(DEFAULT_COUNT)] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write("usage: node dist/bench/generate.js OUT_DIR [COUNT]\n");
    process.exit(2);
  }
  try {
    const careers = generateKnowledge(dir, Number(count));
    process.stdout.write(`${dir}: ${Number(count)} careers (${careers.length} generated)\n`);
  } catch (error) {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
