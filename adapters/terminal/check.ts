import { describeProblem, KnowledgeError, knowledgeDir, type KnowledgeProblem } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";

/** Validates a knowledge folder: every problem and warning in one round; exits 1 only for problems. */
export async function runCheck(dir?: string): Promise<void> {
  const folder = knowledgeDir(dir);
  try {
    const knowledge = loadKnowledge(folder);
    process.stdout.write(`${folder}: ok (${knowledge.careers.size} careers, ${knowledge.sources.size} sources, ${knowledge.glossary.length} glossary terms)\n`);
    printWarnings(knowledge.warnings);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    process.stderr.write(`${folder}: ${error.problems.length} problem(s)\n`);
    for (const problem of error.problems) process.stderr.write(`  ${describeProblem(problem)}\n`);
    printWarnings(error.warnings);
    process.exitCode = 1;
  }
}

function printWarnings(warnings: readonly KnowledgeProblem[]): void {
  if (!warnings.length) return;
  process.stderr.write(`${warnings.length} warning(s), which do not stop the folder loading:\n`);
  for (const warning of warnings) process.stderr.write(`  ${describeProblem(warning)}\n`);
}
