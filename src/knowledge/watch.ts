import { statSync } from "node:fs";
import { join } from "node:path";
import type { FSWatcher } from "chokidar";
import { DATA_FILE } from "./files.js";
import { folderIdentity, placedSince } from "./folder-identity.js";

/** What became of the watched folder, for a front end to log. */
export type WatchEvent =
  /** The path now leads to another folder (replaced by rename, a symlink or ConfigMap swapped, or back after it was gone), watched from now on. */
  | { kind: "rearmed"; path: string }
  /** The path leads nowhere; answers go on from the last good knowledge until a folder is back. */
  | { kind: "lost"; path: string; reason: string }
  /** The file watcher failed; changes may go unseen until the folder is replaced. */
  | { kind: "failed"; path: string; reason: string };

/**
 * How often the path is followed again. A watcher reports changes in the folder it was armed on, so it misses the
 * path being pointed at another folder; this is what notices, at the cost of a few `stat` calls.
 */
const CHECK_MS = 500;

/** Quiet time after the last change before reloading, so an editor's save of several files is read once. */
const SETTLE_MS = 250;

/**
 * Calls `onChange`, once a burst of changes has settled, whenever the knowledge the folder's path leads to may have changed since `loadStarted`: a data
 * file edited, added, removed or replaced by rename, and the folder itself replaced (by rename, a `current`
 * symlink, or a Kubernetes ConfigMap's `..data` swap), every time it happens.
 */
export async function watchFolder(
  dir: string,
  loadStarted: number,
  onChange: () => void,
  onEvent: (event: WatchEvent) => void = () => {},
): Promise<{ close(): Promise<void> }> {
  let settling: NodeJS.Timeout | undefined;
  const settle = () => {
    clearTimeout(settling);
    settling = setTimeout(onChange, SETTLE_MS);
  };
  // Loaded here, as the one-shot commands never watch.
  const { watch } = await import("chokidar");
  // Only data files count: an editor's swap and backup files would otherwise reload the knowledge at every keystroke.
  const ignored = (path: string, stats?: { isFile(): boolean }) => Boolean(stats?.isFile()) && !DATA_FILE.test(path);

  // chokidar follows a file replaced by rename (editors, `sed -i`, `git pull`), which fs.watch loses track of.
  const arm = async (): Promise<FSWatcher> => {
    const folder = watch(dir, { ignoreInitial: true, ignored })
      .on("all", settle)
      .on("error", (error) => onEvent({ kind: "failed", path: dir, reason: String(error) }));
    await new Promise<void>((resolve) => folder.once("ready", () => resolve()));
    return folder;
  };

  let identity = identify(dir);
  let watcher = await arm();
  // A change made while the watcher was still reading the folder raised no event; one newer than the load counts.
  if (changedSince(watcher, loadStarted) || placedSince(dir, loadStarted)) settle();

  let checking: Promise<void> | undefined;
  let closed = false;
  const check = async () => {
    let now: ReturnType<typeof folderIdentity>;
    try {
      now = folderIdentity(dir);
    } catch (error) {
      if (identity !== undefined) onEvent({ kind: "lost", path: dir, reason: String(error) });
      identity = undefined;
      return;
    }
    if (now.key === identity) return;
    identity = now.key;
    await watcher.close();
    watcher = await arm();
    // close() waits for this check, then closes the watcher armed here.
    if (closed) return;
    onEvent({ kind: "rearmed", path: now.realPath });
    settle();
  };
  const timer = setInterval(() => {
    checking ??= check()
      .catch((error: unknown) => onEvent({ kind: "failed", path: dir, reason: String(error) }))
      .finally(() => (checking = undefined));
  }, CHECK_MS);
  // A watcher alone never keeps a process alive that has nothing else to do.
  timer.unref();

  return {
    async close() {
      closed = true;
      clearInterval(timer);
      await checking;
      clearTimeout(settling);
      await watcher.close();
    },
  };
}

function identify(dir: string): string | undefined {
  try {
    return folderIdentity(dir).key;
  } catch {
    return undefined;
  }
}

function changedSince(watcher: FSWatcher, time: number): boolean {
  return Object.entries(watcher.getWatched()).some(([folder, names]) =>
    names.some((name) => DATA_FILE.test(name) && (statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= time),
  );
}
