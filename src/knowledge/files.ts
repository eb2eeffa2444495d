import { createHash, hash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const ADVISOR_FILE = "advisor.yaml";
/** What counts as a knowledge file, in the careers folder and to the folder watcher. */
export const DATA_FILE = /\.(ya?ml|json)$/;

/** The folder's files, in the order they are read. */
export function folderFiles(dir: string): { files: string[]; careerFiles: string[] } {
  const careerFiles = readdirSync(join(dir, "careers"))
    .filter((name) => DATA_FILE.test(name))
    .sort()
    .map((name) => `careers/${name}`);
  const files = ["sources.yaml", "glossary.yaml", "vocabulary.yaml", ...(existsSync(join(dir, ADVISOR_FILE)) ? [ADVISOR_FILE] : []), ...careerFiles];
  return { files, careerFiles };
}

// An options object and a plain path: a string encoding makes Node copy its defaults on every call, and
// path.join normalises what is already normal; a large folder reads thousands of files.
const UTF8 = { encoding: "utf8" } as const;

/** The text of one file of the folder, by its name in the folder (`careers/<id>.yaml`). */
export function readFolderFile(dir: string, file: string): string {
  return readFileSync(`${dir}/${file}`, UTF8);
}

/** The id a career file must carry: its name without the extension. */
export function careerIdOf(file: string): string {
  return file.replace(/^careers\//, "").replace(DATA_FILE, "");
}

/** Digests of a folder's files as they are read: each file's own, and the folder's version over all of them. */
export type FolderDigest = {
  /** Adds a file as read, and gives its digest. */
  add(file: string, text: string): string;
  /** Short enough for logs, health checks and records to say which knowledge answered. */
  version(): string;
};

export function folderDigest(): FolderDigest {
  const each: Record<string, string> = {};
  return {
    // One call per file: a large folder has thousands, and the one-shot form skips building a Hash object for each.
    add: (file, text) => (each[file] = hash("sha256", text, "hex")),
    // By file name, so the version does not depend on the order the files were read in.
    version() {
      const hash = createHash("sha256");
      for (const file of Object.keys(each).sort()) hash.update(file).update("\0").update(each[file]!).update("\0");
      return hash.digest("hex").slice(0, 12);
    },
  };
}
