import { statSync } from "node:fs";
import { join } from "node:path";
import type { FSWatcher } from "chokidar";
import { DATA_FILE } from "./files.js";

/** Quiet time after the last change before reloading, so an editor's save of several files is read once. */
const SETTLE_MS = 250;

/**
 * Calls `onChange` once a burst of changes to the folder's data files has settled. `loadStarted`: when the load now
 * answering began, so a file written while the watcher was still reading the folder is not missed.
 */
export async function watchFolder(dir: string, loadStarted: number, onChange: () => void): Promise<{ close(): Promise<void> }> {
  let timer: NodeJS.Timeout | undefined;
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  };
  // chokidar follows a file replaced by rename (editors, `sed -i`, `git pull`), which fs.watch loses track of.
  // Only data files count: an editor's swap and backup files would otherwise reload the knowledge at every keystroke.
  const ignored = (path: string, stats?: { isFile(): boolean }) => Boolean(stats?.isFile()) && !DATA_FILE.test(path);
  // Loaded here, as the one-shot commands never watch.
  const { watch } = await import("chokidar");
  const folder = watch(dir, { ignoreInitial: true, ignored }).on("all", settle);
  // A file written while the watcher was still reading the folder raised no event; one newer than the load is reread.
  folder.on("ready", () => changedSince(folder, loadStarted) && settle());
  return {
    async close() {
      clearTimeout(timer);
      await folder.close();
    },
  };
}

function changedSince(watcher: FSWatcher, time: number): boolean {
  return Object.entries(watcher.getWatched()).some(([folder, names]) =>
    names.some((name) => DATA_FILE.test(name) && (statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= time),
  );
}
