import {
  createEmbeddedStore,
  createStoredAdvisor,
  knowledgeDir,
  openLiveAdvisor,
  type Knowledge,
  type LiveAdvisor,
  type LiveAdvisorOptions,
  type ReloadResult,
  type SharedAdvisor,
  type WatchEvent,
} from "../src/index.js";
import type { Logger } from "./log.js";

const reportToTerminal = (error: unknown) => void process.stderr.write(`career-advisor: failed to answer: ${String(error)}\n`);

/**
 * Loads the knowledge folder (explicit, from the environment, or the shipped one) and builds an advisor on
 * it; long-running front ends pass `watch` so edits to the folder take effect without a restart.
 */
export async function bootAdvisor(explicitDir?: string, options: LiveAdvisorOptions = {}): Promise<{ advisor: LiveAdvisor; knowledge: Knowledge }> {
  const advisor = await openLiveAdvisor(knowledgeDir(explicitDir), { ...options, onError: options.onError ?? reportToTerminal });
  return { advisor, knowledge: advisor.knowledge };
}

/**
 * The advisor as a command that runs alone (chat, ask, batch) uses it: the same seam as every other front end,
 * its conversations in a store of this process's own.
 */
export async function bootLocalAdvisor(explicitDir?: string): Promise<{ advisor: SharedAdvisor; live: LiveAdvisor }> {
  const { advisor: live } = await bootAdvisor(explicitDir);
  const { conversations } = createEmbeddedStore({ logger: { info: () => {}, warn: () => {} } });
  return { advisor: createStoredAdvisor(live, conversations, reportToTerminal), live };
}

/** Options for a long-running front end: reload on edits, and log what each reload did and any failure to answer. */
export function watchedKnowledge(logger: Logger, onReload: (result: ReloadResult) => void = () => {}): LiveAdvisorOptions {
  return {
    watch: true,
    onReload: (result) => {
      logReload(logger, result);
      onReload(result);
    },
    onWatch: (event) => logWatch(logger, event),
    onError: (error) => logger.error("the advisor failed to answer a question", error),
  };
}

function logWatch(logger: Logger, event: WatchEvent): void {
  if (event.kind === "rearmed") logger.info(`knowledge folder replaced; now watching ${event.path}`, { path: event.path });
  else if (event.kind === "lost") logger.warn(`knowledge folder ${event.path} is gone, still answering from the last good version until it is back: ${event.reason}`, undefined, { path: event.path });
  else logger.warn(`watching the knowledge folder ${event.path} failed, so edits may go unseen: ${event.reason}`, undefined, { path: event.path });
}

function logReload(logger: Logger, result: ReloadResult): void {
  if (result.ok) {
    logger.info(`knowledge reloaded: ${result.knowledge.careers.size} careers`, { version: result.knowledge.version, careers: result.knowledge.careers.size });
    return;
  }
  // The same lines `career-advisor check` prints, so the fix reads the same in both places.
  logger.warn(`knowledge not reloaded, still answering from the last good version:\n  ${result.problems.join("\n  ")}`, undefined, { problems: result.problems });
}
