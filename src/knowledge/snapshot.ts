import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { folderFiles, versionDigest } from "./files.js";
import type { Knowledge } from "./load.js";
import { packageRoot } from "./location.js";
import type { Career, Source } from "./schema.js";

// Parsing YAML and validating it is nearly all of a start's work, and most starts read a folder that has not
// changed. A folder that loaded cleanly is remembered as its checked result, keyed by every byte of its files
// and of the code that checks them; a start that finds its key reads that instead. Any edit misses, and the
// folder is read and checked in full. Losing the cache only costs time, so every failure here is a miss.

/** Snapshots kept, most recently used first: the folders in use and a few they were recently edited from. */
const KEEP = 16;

type Stored = Omit<Knowledge, "dir" | "sources" | "careers"> & { sources: Source[]; careers: Career[] };

let loaderDigest: string | undefined;

/** Beside the package's other caches; a process that cannot write there reads and checks on every start. */
export const defaultCacheDir = () => join(packageRoot(), "node_modules", ".cache", "career-advisor");

/** The knowledge remembered for the folder as its files are now, if it loaded cleanly like this before. */
export function recall(dir: string, cacheDir = defaultCacheDir()): Knowledge | undefined {
  const version = currentVersion(dir);
  return version === undefined ? undefined : recallVersion(dir, version, cacheDir);
}

/** The folder's version from its files as they are now, or undefined when one cannot be read. */
function currentVersion(dir: string): string | undefined {
  try {
    const digest = versionDigest();
    for (const file of folderFiles(dir).files) digest.add(file, readFileSync(join(dir, file), "utf8"));
    return digest.version();
  } catch {
    return undefined;
  }
}

function recallVersion(dir: string, version: string, cacheDir: string): Knowledge | undefined {
  try {
    const path = snapshotPath(cacheDir, version);
    const stored = JSON.parse(readFileSync(path, "utf8")) as Stored;
    if (stored.version !== version) return undefined;
    // Read counts as used, so the folder in use outlives the ones tried once.
    const now = new Date();
    utimesSync(path, now, now);
    return {
      ...stored,
      dir,
      sources: new Map(stored.sources.map((source) => [source.id, source])),
      careers: new Map(stored.careers.map((career) => [career.id, career])),
    };
  } catch {
    return undefined;
  }
}

/** Keeps a cleanly loaded folder for the next start, and hands it back. */
export function remember(knowledge: Knowledge, cacheDir = defaultCacheDir()): Knowledge {
  const { dir: _dir, sources, careers, ...rest } = knowledge;
  const stored: Stored = { ...rest, sources: [...sources.values()], careers: [...careers.values()] };
  try {
    const path = snapshotPath(cacheDir, knowledge.version);
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, JSON.stringify(stored));
    renameSync(partial, path);
    forgetOldest(dirname(path));
  } catch {
    // A read-only install still answers; it reads and checks the folder on every start.
  }
  return knowledge;
}

function snapshotPath(cacheDir: string, version: string): string {
  loaderDigest ??= digestOfLoader();
  return join(cacheDir, `${createHash("sha256").update(loaderDigest).update(version).digest("hex").slice(0, 32)}.json`);
}

/** What a file means once loaded: this folder's modules and the parser and validator they use. */
function digestOfLoader(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  for (const name of readdirSync(here).filter((n) => /\.[jt]s$/.test(n)).sort()) hash.update(name).update(readFileSync(join(here, name)));
  for (const library of LIBRARIES) hash.update(library).update(versionOf(library));
  return hash.digest("hex");
}

const LIBRARIES = ["js-yaml", "zod"];

function versionOf(library: string): string {
  try {
    return String((JSON.parse(readFileSync(join(packageRoot(), "node_modules", library, "package.json"), "utf8")) as { version?: unknown }).version);
  } catch {
    return "";
  }
}

function forgetOldest(dir: string): void {
  const snapshots = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => ({ path: join(dir, name), at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { path } of snapshots.slice(KEEP)) unlinkSync(path);
}
