import { createLiveAdvisor, knowledgeDir, type Knowledge, type LiveAdvisor, type LiveAdvisorOptions } from "../src/index.js";

/**
 * Loads the knowledge folder (explicit, from the environment, or the shipped one) and builds an advisor on
 * it; long-running front ends pass `watch` so edits to the folder take effect without a restart.
 */
export function bootAdvisor(explicitDir?: string, options: LiveAdvisorOptions = {}): { advisor: LiveAdvisor; knowledge: Knowledge } {
  const advisor = createLiveAdvisor(knowledgeDir(explicitDir), options);
  return { advisor, knowledge: advisor.knowledge };
}
