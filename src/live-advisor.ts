import { statSync } from "node:fs";
import { join } from "node:path";
import { watch, type FSWatcher } from "chokidar";
import { createAdvisor, prepareAdvisor, type AdvisorOptions } from "./advisor.js";
import { describeProblem, KnowledgeError, loadKnowledge, type Knowledge } from "./knowledge/load.js";
import { loadKnowledgeOffThread } from "./knowledge/off-thread.js";
import type { Advisor } from "./types.js";

export type ReloadResult =
  | { ok: true; knowledge: Knowledge }
  /** `problems`: what is wrong, one line each, as a person reads it (file, field and what was expected). */
  | { ok: false; error: unknown; problems: string[] };

export interface LiveAdvisor extends Advisor {
  /** The knowledge answers currently come from. */
  readonly knowledge: Knowledge;
  /**
   * Loads the folder again, in a worker thread, and swaps it in when it is good; answers go on from the
   * knowledge it had meanwhile, and for good if the folder has a problem. Never rejects.
   */
  reload(): Promise<ReloadResult>;
  /** Stops watching the folder. */
  close(): void;
}

export type LiveAdvisorOptions = AdvisorOptions & {
  /** Reload when a file in the folder changes. */
  watch?: boolean;
  /** Told the outcome of every reload, so a front end can log it. */
  onReload?: (result: ReloadResult) => void;
};

/** Quiet time after the last change before reloading, so an editor's save of several files is read once. */
const SETTLE_MS = 250;

/**
 * An advisor over a knowledge folder that can be edited while it runs. The first load must succeed (there
 * is nothing to fall back on); after that a broken edit is reported and the last good knowledge stays.
 * Conversations start afresh after a reload, since the careers they refer to may have changed.
 */
export function createLiveAdvisor(dir: string, options: LiveAdvisorOptions = {}): LiveAdvisor {
  const loadStarted = Date.now();
  let knowledge = loadKnowledge(dir);
  let current = createAdvisor(knowledge, options);
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;

  const load = async (): Promise<ReloadResult> => {
    let result: ReloadResult;
    try {
      const loaded = await loadKnowledgeOffThread(dir);
      current = await prepareAdvisor(loaded, options);
      knowledge = loaded;
      result = { ok: true, knowledge: loaded };
    } catch (error) {
      const problems = error instanceof KnowledgeError ? error.problems.map(describeProblem) : [String(error)];
      result = { ok: false, error, problems };
    }
    options.onReload?.(result);
    return result;
  };
  // One reload at a time, in the order asked, so an older folder never replaces a newer one.
  let queue: Promise<unknown> = Promise.resolve();
  const reload = (): Promise<ReloadResult> => {
    const next = queue.then(load);
    queue = next;
    return next;
  };

  if (options.watch) {
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(reload, SETTLE_MS);
    };
    // chokidar follows a file replaced by rename (editors, `sed -i`, `git pull`), which fs.watch loses track of.
    // Only data files count: an editor's swap and backup files would otherwise reload the knowledge at every keystroke.
    const ignored = (path: string, stats?: { isFile(): boolean }) => Boolean(stats?.isFile()) && !DATA_FILE.test(path);
    const folder = watch(dir, { ignoreInitial: true, ignored }).on("all", settle);
    // A file written while the watcher was still reading the folder raised no event; one newer than the load is reread.
    folder.on("ready", () => changedSince(folder, loadStarted) && settle());
    watcher = folder;
  }

  return {
    get knowledge() {
      return knowledge;
    },
    ask: (question) => current.ask(question),
    forget: (conversationId) => current.forget(conversationId),
    reload,
    close() {
      clearTimeout(timer);
      void watcher?.close();
    },
  };
}

const DATA_FILE = /\.(ya?ml|json)$/;

function changedSince(watcher: FSWatcher, time: number): boolean {
  return Object.entries(watcher.getWatched()).some(([folder, names]) =>
    names.some((name) => DATA_FILE.test(name) && (statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= time),
  );
}
