import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";

/** Kubernetes mounts a ConfigMap as `..data`, a symlink to a timestamped folder it swaps for the next version. */
const CONFIG_MAP_DATA = "..data";

/**
 * Which folders a knowledge folder's path leads to right now: the real path and inode of the folder and of each
 * folder in it, and where each one's `..data` points. It changes when the folder or a folder in it is replaced by
 * rename, when a symlink on the way to it is swapped, and when a ConfigMap is updated: none of which a watcher
 * armed on the old folder reports. Throws when the folder cannot be reached.
 */
export function folderIdentity(dir: string): { realPath: string; key: string } {
  const folders = [dir, ...subfolders(dir)];
  const key = folders.map((folder) => `${realpathSync(folder)}#${statSync(folder).ino}>${dataTarget(folder) ?? ""}`).join("\n");
  return { realPath: realpathSync(dir), key };
}

/**
 * Whether the folder, or a folder or `..data` symlink in it, was put where it is since `time`: a swap made while a
 * load was under way, whose files may all be older than the load. A folder that cannot be read counts as changed.
 */
export function placedSince(dir: string, time: number): boolean {
  try {
    const paths = [dir, ...subfolders(dir)].flatMap((folder) => [folder, join(folder, CONFIG_MAP_DATA)]);
    return paths.some((path) => (lstatSync(path, { throwIfNoEntry: false })?.ctimeMs ?? 0) >= time);
  } catch {
    return true;
  }
}

// The ConfigMap's own timestamped folders start with two dots and are reached through `..data`.
function subfolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("..") && (entry.isDirectory() || entry.isSymbolicLink()))
    .map((entry) => join(dir, entry.name))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isDirectory());
}

function dataTarget(folder: string): string | undefined {
  try {
    return realpathSync(join(folder, CONFIG_MAP_DATA));
  } catch {
    return undefined;
  }
}
