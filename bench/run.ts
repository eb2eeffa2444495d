import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine, knowledgeDir, openKnowledge } from "../src/index.js";
import { loadKnowledge } from "../src/authoring.js";
import { editOneCareer } from "./edit.js";
import { withGcPauses } from "./gc.js";
import { generateKnowledge } from "./generate.js";
import { measureLatency } from "./latency.js";
import type { NamedCareer } from "./questions.js";
import { questionRound } from "./questions.js";
import { createRandom } from "./random.js";
import { measureReloadWait } from "./reload.js";
import { report, type SizeResult } from "./report.js";
import { coldStarts, FIRST_QUESTION, timeCliAsk } from "./startup.js";

type Size = { label: string; careers?: number; coldRuns: number; budgetMs: number };

// Five fresh processes a size, an odd count so a median is the middle value: fewer let one slow start on a
// busy machine decide a load target. The whole run stays near three minutes on two cores.
const SIZES: readonly Size[] = [
  { label: "shipped", coldRuns: 5, budgetMs: 6_000 },
  { label: "1,000 careers", careers: 1_000, coldRuns: 5, budgetMs: 6_000 },
  { label: "10,000 careers", careers: 10_000, coldRuns: 5, budgetMs: 10_000 },
];
const CLI_RUNS = 15;
const LATENCY = { warmupRounds: 5, maxRounds: 5_000 };

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function measureSize(size: Size, scratch: string): Promise<SizeResult> {
  let dir = knowledgeDir(undefined, {});
  let generated: NamedCareer[] = [];
  let generateMs: number | undefined;
  if (size.careers) {
    log(`generating ${size.label}`);
    dir = join(scratch, String(size.careers));
    const start = performance.now();
    generated = generateKnowledge(dir, size.careers);
    generateMs = performance.now() - start;
  }
  log(`${size.label}: ${size.coldRuns} fresh process(es)`);
  const cold = coldStarts(dir, size.coldRuns);

  log(`${size.label}: loading, then asking for ${size.budgetMs / 1000} s`);
  // The sizes before this one leave a large heap of garbage; collecting it first keeps it off this load's time.
  globalThis.gc?.();
  const t0 = performance.now();
  const knowledge = loadKnowledge(dir);
  const t1 = performance.now();
  const advisor = createEngine(knowledge);
  const t2 = performance.now();
  const editedLoadMs = size.careers ? await timeLoadAfterEdit(dir) : undefined;
  const random = createRandom(1);
  const { result: samples, pausesMs } = await withGcPauses(() =>
    measureLatency(advisor, () => questionRound(random, generated), { ...LATENCY, budgetMs: size.budgetMs }),
  );
  let reload;
  if (size.careers) {
    log(`${size.label}: reloading while questions arrive`);
    reload = await measureReloadWait(dir, FIRST_QUESTION);
  }
  return { label: size.label, careers: knowledge.careers.size, generateMs, loadMs: t1 - t0, editedLoadMs, createMs: t2 - t1, cold, samples, gcPausesMs: pausesMs, reload };
}

/** Loading as front ends do after one career file was edited. */
async function timeLoadAfterEdit(dir: string): Promise<number> {
  editOneCareer(dir);
  globalThis.gc?.();
  const start = performance.now();
  await openKnowledge(dir);
  return performance.now() - start;
}

const environment = `Node ${process.version} on ${process.platform} ${process.arch}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}; load average ${loadavg()[0]!.toFixed(1)} at the start.`;
log(`career-advisor ask × ${CLI_RUNS}`);
const cliMs = timeCliAsk(CLI_RUNS);
const scratch = mkdtempSync(join(tmpdir(), "career-advisor-bench-"));
try {
  const sizes: SizeResult[] = [];
  for (const size of SIZES) sizes.push(await measureSize(size, scratch));
  process.stdout.write(report({ environment, cliMs, sizes }) + "\n");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
