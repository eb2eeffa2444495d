import { ADVISOR_DEFAULTS, type AdvisorOptions } from "./advisor.js";
import { answer } from "./answer.js";
import { createMemory, type ConversationMemory } from "./conversation.js";
import { createEngine, prepareEngine, type Engine } from "./engine.js";
import type { Knowledge } from "./knowledge/load.js";
import { loadKnowledgeOffThread } from "./knowledge/off-thread.js";
import { openKnowledge } from "./knowledge/open.js";
import { describeProblem, KnowledgeError } from "./knowledge/problem.js";
import { watchFolder, type WatchEvent } from "./knowledge/watch.js";
import type { Advisor } from "./types.js";

export type ReloadResult =
  | { ok: true; knowledge: Knowledge }
  /** `problems`: what is wrong, one line each, as a person reads it (file, field and what was expected). */
  | { ok: false; error: unknown; problems: string[] };

export interface LiveAdvisor extends Advisor, Pick<Engine, "respond"> {
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
  /** Told when the watched folder is lost or replaced, so a front end can log it. */
  onWatch?: (event: WatchEvent) => void;
};

/** Quiet time after the last change before reloading, so an editor's save of several files is read once. */
const SETTLE_MS = 250;

/**
 * An advisor over a knowledge folder that can be edited while it runs. The first load must succeed (there
 * is nothing to fall back on); after that a broken edit is reported and the last good knowledge stays.
 * Conversations kept by `ask` start afresh after a reload, since the careers they refer to may have changed (a
 * shared store's are checked against the knowledge when read back).
 */
export async function openLiveAdvisor(dir: string, options: LiveAdvisorOptions = {}): Promise<LiveAdvisor> {
  const loadStarted = Date.now();
  let knowledge = await openKnowledge(dir);
  let engine = createEngine(knowledge);
  // `ask` keeps conversations here; `respond` leaves them to the caller (a shared store).
  const newMemory = (): ConversationMemory =>
    createMemory({
      maxConversations: options.maxConversations ?? ADVISOR_DEFAULTS.maxConversations,
      ttlMs: options.conversationTtlMs ?? ADVISOR_DEFAULTS.conversationTtlMs,
      now: options.now ?? Date.now,
    });
  let memory = newMemory();
  let watcher: { close(): Promise<void> } | undefined;
  let timer: NodeJS.Timeout | undefined;

  const load = async (): Promise<ReloadResult> => {
    let result: ReloadResult;
    try {
      const loaded = await loadKnowledgeOffThread(dir);
      engine = await prepareEngine(loaded);
      memory = newMemory();
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
    watcher = await watchFolder(dir, loadStarted, settle, options.onWatch);
  }

  return {
    get knowledge() {
      return knowledge;
    },
    ask({ text, conversationId }) {
      const previous = memory.get(conversationId);
      const { reply, state } = answer(engine, text, previous, options.onError);
      if (state && state !== previous) memory.set(conversationId, state);
      return reply;
    },
    respond: (text, state) => engine.respond(text, state),
    forget: (conversationId) => memory.forget(conversationId),
    reload,
    close() {
      clearTimeout(timer);
      void watcher?.close();
    },
  };
}
