import {
  createLiveAdvisor,
  knowledgeDir,
  type Knowledge,
  type LiveAdvisor,
  type LiveAdvisorOptions,
  type ReloadResult,
} from "../src/index.js";
import type { Logger } from "./log.js";

/**
 * Loads the knowledge folder (explicit, from the environment, or the shipped one) and builds an advisor on
 * it; long-running front ends pass `watch` so edits to the folder take effect without a restart.
 */
export function bootAdvisor(explicitDir?: string, options: LiveAdvisorOptions = {}): { advisor: LiveAdvisor; knowledge: Knowledge } {
  const onError = options.onError ?? ((error: unknown) => process.stderr.write(`career-advisor: failed to answer: ${String(error)}\n`));
  const advisor = createLiveAdvisor(knowledgeDir(explicitDir), { ...options, onError });
  return { advisor, knowledge: advisor.knowledge };
}

/** Options for a long-running front end: reload on edits, and log what each reload did and any failure to answer. */
export function watchedKnowledge(logger: Logger, onReload: (result: ReloadResult) => void = () => {}): LiveAdvisorOptions {
  return {
    watch: true,
    onReload: (result) => {
      logReload(logger, result);
      onReload(result);
    },
    onError: (error) => logger.error("the advisor failed to answer a question", error),
  };
}

function logReload(logger: Logger, result: ReloadResult): void {
  if (result.ok) {
    logger.info(`knowledge reloaded: ${result.knowledge.careers.size} careers`, { version: result.knowledge.version, careers: result.knowledge.careers.size });
    return;
  }
  // The same lines `career-advisor check` prints, so the fix reads the same in both places.
  logger.warn(`knowledge not reloaded, still answering from the last good version:\n  ${result.problems.join("\n  ")}`, undefined, { problems: result.problems });
}
