import { createAdvisor, knowledgeDir, loadKnowledge, type Advisor, type Knowledge } from "../src/index.js";

/** Loads the knowledge folder (explicit, from the environment, or the shipped one) and builds an advisor on it. */
export function bootAdvisor(explicitDir?: string): { advisor: Advisor; knowledge: Knowledge } {
  const knowledge = loadKnowledge(knowledgeDir(explicitDir));
  return { advisor: createAdvisor(knowledge), knowledge };
}
