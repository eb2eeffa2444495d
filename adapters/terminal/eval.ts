import { loadEvaluationSet, runEvaluation, type EvaluationReport } from "../../src/authoring.js";
import { createEngine, knowledgeDir, openKnowledge } from "../../src/index.js";

export async function runEval(file: string, options: { threshold?: number; knowledge?: string }): Promise<void> {
  const engine = createEngine(await openKnowledge(knowledgeDir(options.knowledge)));
  const report = runEvaluation(engine, loadEvaluationSet(file));
  const threshold = options.threshold ?? report.threshold;
  process.stdout.write(formatReport(report, threshold));
  if (report.passRate < threshold) process.exitCode = 1;
}

export function formatReport(report: EvaluationReport, threshold: number): string {
  const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
  const lines: string[] = [];
  for (const failure of report.results.filter((r) => r.problems.length)) {
    lines.push(`FAIL [${failure.category}] ${failure.conversation}: ${JSON.stringify(failure.ask)}`);
    for (const problem of failure.problems) lines.push(`     ${problem}`);
    lines.push(`     got (${failure.reply.kind}): ${failure.reply.text.replace(/\s+/g, " ").slice(0, 300)}`);
  }
  if (lines.length) lines.push("");
  const width = Math.max(...[...report.byCategory.keys()].map((c) => c.length));
  for (const [category, { passed, total }] of [...report.byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${category.padEnd(width)}  ${String(passed).padStart(3)}/${String(total).padEnd(3)} ${percent(passed / total)}`);
  }
  const passed = report.results.filter((r) => !r.problems.length).length;
  lines.push("", `${passed} of ${report.results.length} turns passed (${percent(report.passRate)}); threshold ${percent(threshold)}: ${report.passRate >= threshold ? "ok" : "BELOW"}`);
  return lines.join("\n") + "\n";
}
