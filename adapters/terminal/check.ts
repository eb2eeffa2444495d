import { describeProblem, KnowledgeError, knowledgeDir, loadKnowledge } from "../../src/index.js";

export async function runCheck(dir?: string): Promise<void> {
  const folder = knowledgeDir(dir);
  try {
    const knowledge = loadKnowledge(folder);
    process.stdout.write(`${folder}: ok (${knowledge.careers.size} careers, ${knowledge.sources.size} sources, ${knowledge.glossary.length} glossary terms)\n`);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    process.stderr.write(`${folder}: ${error.problems.length} problem(s)\n`);
    for (const problem of error.problems) process.stderr.write(`  ${describeProblem(problem)}\n`);
    process.exitCode = 1;
  }
}
