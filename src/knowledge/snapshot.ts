import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { careerIdOf, folderDigest, folderFiles, readFolderFile } from "./files.js";
import type { Knowledge, Reusable } from "./load.js";
import { packageRoot } from "./location.js";
import type { Career, Source } from "./schema.js";

// Parsing YAML and validating it is nearly all of a load's work, and most loads read files that have not
// changed. A folder that loaded cleanly is remembered as its checked result, with the digest of every file's
// text, and keyed by the code that checks them. A load that finds every file as it was takes the result
// whole; after an edit, the career files still as they were are taken as checked, and only the rest are
// read and checked again, with every cross-file check run afresh. Losing the cache only costs time, so every
// failure here counts as finding nothing.

/** Snapshots kept, most recently used first: the folders in use and a few tried once. */
const KEEP = 16;

type Stored = Omit<Knowledge, "dir" | "sources" | "careers"> & { sources: Source[]; careers: Career[] };

/** What the snapshot of a folder gives for its files as they are now. */
export type Recalled = { knowledge?: Knowledge; reusable: Reusable };

let loaderDigest: string | undefined;

/** Beside the package's other caches; a process that cannot write there reads and checks on every start. */
export const defaultCacheDir = () => join(packageRoot(), "node_modules", ".cache", "career-advisor");

/** The folder's last clean load, whole if no file has changed since, else the career files that have not. */
export function recall(dir: string, cacheDir = defaultCacheDir()): Recalled {
  const nothing: Recalled = { reusable: new Map() };
  let stored: Stored;
  const path = snapshotPath(cacheDir, dir);
  try {
    stored = JSON.parse(readFileSync(path, "utf8")) as Stored;
  } catch {
    return nothing;
  }
  const digest = folderDigest();
  try {
    for (const file of folderFiles(dir).files) digest.add(file, readFolderFile(dir, file));
  } catch {
    return nothing;
  }
  markUsed(path);
  if (stored.version === digest.version()) {
    const { sources, careers, ...rest } = stored;
    const knowledge: Knowledge = {
      ...rest,
      dir,
      sources: new Map(sources.map((source) => [source.id, source])),
      careers: new Map(careers.map((career) => [career.id, career])),
    };
    return { knowledge, reusable: nothing.reusable };
  }
  const careers = new Map(stored.careers.map((career) => [career.id, career]));
  const reusable = new Map<string, { digest: string; value: unknown }>();
  for (const [file, now] of Object.entries(digest.files())) {
    const career = careers.get(careerIdOf(file));
    if (career && stored.fileDigests[file] === now) reusable.set(file, { digest: now, value: career });
  }
  return { reusable };
}

/** Keeps a cleanly loaded folder for the next load of it, and hands it back. */
export function remember(knowledge: Knowledge, cacheDir = defaultCacheDir()): Knowledge {
  const { dir, sources, careers, ...rest } = knowledge;
  const stored: Stored = { ...rest, sources: [...sources.values()], careers: [...careers.values()] };
  try {
    const path = snapshotPath(cacheDir, dir);
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, JSON.stringify(stored));
    renameSync(partial, path);
    forgetLeastUsed(dirname(path));
  } catch {
    // A read-only install still answers; it reads and checks the folder on every start.
  }
  return knowledge;
}

function snapshotPath(cacheDir: string, dir: string): string {
  loaderDigest ??= digestOfLoader();
  return join(cacheDir, `${createHash("sha256").update(loaderDigest).update(dir).digest("hex").slice(0, 32)}.json`);
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

/** A snapshot read counts as used, so the folder in use outlives the ones tried once. */
function markUsed(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Kept a little less long; nothing else depends on it.
  }
}

function forgetLeastUsed(dir: string): void {
  const snapshots = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => ({ path: join(dir, name), at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { path } of snapshots.slice(KEEP)) unlinkSync(path);
}
