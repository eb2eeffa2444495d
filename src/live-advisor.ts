import { watch, type FSWatcher } from "node:fs";
import { createAdvisor, type AdvisorOptions } from "./advisor.js";
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
  let knowledge = loadKnowledge(dir);
  let current = createAdvisor(knowledge, options);
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;

  const load = async (): Promise<ReloadResult> => {
    let result: ReloadResult;
    try {
      const loaded = await loadKnowledgeOffThread(dir);
      current = createAdvisor(loaded, options);
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
    watcher = watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, SETTLE_MS);
    });
    watcher.unref();
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
      watcher?.close();
    },
  };
}
