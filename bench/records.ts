import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { knowledgeDir } from "../src/index.js";
import { feedbackReport, gapGroups, readRecords } from "../src/reports.js";
import { loadKnowledge } from "../src/authoring.js";
import { count, ms, table } from "./format.js";
import { generateRecords } from "./records-generate.js";
import { summarise } from "./stats.js";

// How long the reports take over a year of records. Timings on a shared machine swing with its load, so
// each figure is a median of several runs, given with its CPU time and as a multiple of merely reading
// and parsing the same lines.

const RUNS = 7;
const CLI_RUNS = 3;
const LIMIT_MS = 5_000;
const CLI = fileURLToPath(new URL("../adapters/cli.js", import.meta.url));

type Timing = { wallMs: number; cpuMs: number };

function timed(work: () => unknown): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

function median(timings: readonly Timing[]): Timing {
  return { wallMs: summarise(timings.map((t) => t.wallMs)).median, cpuMs: summarise(timings.map((t) => t.cpuMs)).median };
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const environment = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}; load average ${loadavg()[0]!.toFixed(1)} at the start.`;
const dir = mkdtempSync(join(tmpdir(), "career-advisor-records-bench-"));
try {
  log("generating a year of records");
  const counts = generateRecords(dir);
  const knowledge = loadKnowledge(knowledgeDir(undefined, {}));
  const runs = { read: [] as Timing[], gaps: [] as Timing[], group: [] as Timing[], feedback: [] as Timing[] };
  let groups = 0;
  for (let i = 0; i < RUNS; i++) {
    log(`run ${i + 1} of ${RUNS}`);
    runs.read.push(timed(() => readRecords(dir, "questions")));
    runs.gaps.push(timed(() => (groups = gapGroups(readRecords(dir, "questions").records, knowledge).length)));
    const { records } = readRecords(dir, "questions");
    runs.group.push(timed(() => gapGroups(records, knowledge)));
    runs.feedback.push(timed(() => feedbackReport(readRecords(dir, "votes").records)));
  }
  log(`career-advisor gaps × ${CLI_RUNS}, process start to exit`);
  const cli = Array.from({ length: CLI_RUNS }, () =>
    timed(() => {
      const result = spawnSync(process.execPath, [CLI, "gaps", "--json", "--data", dir], { encoding: "utf8", env: { ...process.env, CAREER_ADVISOR_KNOWLEDGE: "" } });
      if (result.status !== 0) throw new Error(`career-advisor gaps failed:\n${result.stderr}`);
    }),
  );
  const read = median(runs.read);
  const row = (label: string, lines: number, t: Timing) => [label, count(lines), ms(t.wallMs), ms(t.cpuMs), `${(t.wallMs / read.wallMs).toFixed(1)}×`, `${(t.wallMs / LIMIT_MS).toFixed(2)}`];
  const cliWall = summarise(cli.map((t) => t.wallMs)).median;
  process.stdout.write(
    [
      `## Reports over a year of records (${count(counts.questions)} unanswered questions in ${count(groups)} groups, ${count(counts.votes)} votes)`,
      "",
      environment,
      "",
      table(
        ["step (median of " + RUNS + ")", "lines", "wall", "CPU", "× reading alone", "× the 5 s limit"],
        [
          row("read and parse the questions", counts.questions, read),
          row("gaps: read, group, rank", counts.questions, median(runs.gaps)),
          row("gaps: group and rank alone (records read beforehand)", counts.questions, median(runs.group)),
          row("feedback: read, tally", counts.votes, median(runs.feedback)),
        ],
      ),
      "",
      `\`career-advisor gaps --json\`, process start to exit (median of ${CLI_RUNS}; its own process, so CPU is not shown): ${ms(cliWall)}, ${(cliWall / LIMIT_MS).toFixed(2)} × the limit.`,
    ].join("\n") + "\n",
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
