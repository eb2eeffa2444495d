import { createEngine } from "./engine.js";
import type { Knowledge } from "./knowledge/load.js";
import { loadKnowledgeOffThread } from "./knowledge/off-thread.js";
import { openKnowledge } from "./knowledge/open.js";
import { describeProblem, KnowledgeError } from "./knowledge/problem.js";
import { watchFolder, type WatchEvent } from "./knowledge/watch.js";
import type { ConversationState } from "./state.js";
import { createEmbeddedStore } from "./store/embedded.js";
import type { ConversationStates } from "./store/store.js";
import type { Advisor } from "./types.js";

/** The advisor a front end runs on: the engine of the moment, its conversations in a store. */
export interface RuntimeAdvisor extends Advisor {
  /** The knowledge answers currently come from. */
  readonly knowledge: Knowledge;
  /** Answers from `knowledge` once its engine is built, a slice at a time, while the current one goes on answering. */
  use(knowledge: Knowledge): Promise<void>;
}

/** A runtime advisor over a knowledge folder, which can be edited while it runs. */
export interface FolderAdvisor extends RuntimeAdvisor {
  /**
   * Loads the folder again, in a worker thread, and swaps it in when it is good; answers go on from the
   * knowledge it had meanwhile, and for good if the folder has a problem. Never rejects.
   */
  reload(): Promise<ReloadResult>;
  /** Stops watching the folder. */
  close(): Promise<void>;
}

export type ReloadResult =
  | { ok: true; knowledge: Knowledge }
  /** `problems`: what is wrong, one line each, as a person reads it (file, field and what was expected). */
  | { ok: false; error: unknown; problems: string[] };

export type FolderOptions = {
  /** Where conversations are kept (default: this process's memory). */
  conversations?: ConversationStates;
  /** Reload when a data file in the folder changes. */
  watch?: boolean;
  /** Told the outcome of every reload, so a front end can log it. */
  onReload?: (result: ReloadResult) => void;
  /** Told when the watched folder is lost or replaced, so a front end can log it. */
  onWatch?: (event: WatchEvent) => void;
};

/**
 * Get the conversation's state, let the engine answer, keep the new state. Each store call is bounded by the store
 * itself, so a slow store only ever makes a question forget. `ask` rejects only on a defect in the engine, which the
 * front end's pipeline turns into an apology, leaving the conversation as it was.
 */
export function createAdvisor(knowledge: Knowledge, conversations: ConversationStates = conversationsInMemory()): RuntimeAdvisor {
  let current = { knowledge, engine: createEngine(knowledge) };
  return {
    get knowledge() {
      return current.knowledge;
    },
    async use(next) {
      current = { knowledge: next, engine: createEngine(next) };
    },
    async ask({ text, conversationId }) {
      const { knowledge, engine } = current;
      if (conversationId === undefined) return engine.respond(String(text), undefined).reply;
      const previous = usable(await conversations.get(conversationId).catch(() => undefined), knowledge);
      const { reply, state } = engine.respond(String(text), previous);
      if (state && state !== previous) await conversations.set(conversationId, state);
      return reply;
    },
    forget: (conversationId) => conversations.forget(conversationId),
  };
}

/**
 * `createAdvisor` over a folder. The first load must succeed (there is nothing to fall back on); after that a broken
 * edit is reported and the last good knowledge stays.
 */
export async function openAdvisor(dir: string, { conversations, watch = false, onReload, onWatch }: FolderOptions = {}): Promise<FolderAdvisor> {
  const loadStarted = Date.now();
  const advisor = createAdvisor(await openKnowledge(dir), conversations);
  const load = async (): Promise<ReloadResult> => {
    let result: ReloadResult;
    try {
      const knowledge = await loadKnowledgeOffThread(dir);
      await advisor.use(knowledge);
      result = { ok: true, knowledge };
    } catch (error) {
      const problems = error instanceof KnowledgeError ? error.problems.map(describeProblem) : [String(error)];
      result = { ok: false, error, problems };
    }
    onReload?.(result);
    return result;
  };
  // One reload at a time, in the order asked, so an older folder never replaces a newer one.
  let queue: Promise<unknown> = Promise.resolve();
  const reload = (): Promise<ReloadResult> => {
    const next = queue.then(load);
    queue = next;
    return next;
  };
  const watcher = watch ? await watchFolder(dir, loadStarted, () => void reload(), onWatch) : undefined;
  return Object.assign(advisor, { reload, close: async () => watcher?.close() });
}

/** A terminal command's conversations: this process's own, bounded as the embedded store bounds them. */
function conversationsInMemory(): ConversationStates {
  return createEmbeddedStore({ logger: { info: () => {}, warn: () => {} } }).conversations;
}

/**
 * A stored state was written by some process at some time: another version in a rolling deploy, or before the
 * knowledge was reloaded. One that does not have the shape the engine expects, or that names a career the
 * knowledge no longer has, is dropped, and the conversation starts afresh.
 */
function usable(value: unknown, knowledge: Knowledge): ConversationState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const state = value as Partial<ConversationState>;
  const careersKnown = Array.isArray(state.careers) && state.careers.every((id) => typeof id === "string" && knowledge.careers.has(id));
  const shaped = typeof state.last === "object" && state.last !== null && typeof state.last.kind === "string" && Array.isArray(state.terms);
  return careersKnown && shaped ? (state as ConversationState) : undefined;
}
