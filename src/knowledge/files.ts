import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const ADVISOR_FILE = "advisor.yaml";
/** What counts as a knowledge file, in the careers folder and to the folder watcher. */
export const DATA_FILE = /\.(ya?ml|json)$/;

/** The folder's files in the order they are read, which is also the order its version digests them in. */
export function folderFiles(dir: string): { files: string[]; careerFiles: string[] } {
  const careerFiles = readdirSync(join(dir, "careers"))
    .filter((name) => DATA_FILE.test(name))
    .sort()
    .map((name) => `careers/${name}`);
  const files = ["sources.yaml", "glossary.yaml", "vocabulary.yaml", ...(existsSync(join(dir, ADVISOR_FILE)) ? [ADVISOR_FILE] : []), ...careerFiles];
  return { files, careerFiles };
}

/** Digests files as they are read into the folder's version, so a folder has one version however it is loaded. */
export function versionDigest(): { add(file: string, text: string): void; version(): string } {
  const hash = createHash("sha256");
  return {
    add: (file, text) => void hash.update(file).update("\0").update(text).update("\0"),
    version: () => hash.digest("hex").slice(0, 12),
  };
}
