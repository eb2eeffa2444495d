import type { ColdStart } from "./cold-start.js";
import type { ColdStarts } from "./startup.js";
import { count, megabytes, ms, percent, table } from "./format.js";
import type { Sample } from "./latency.js";
import type { ReloadWait } from "./reload.js";
import { summarise } from "./stats.js";
import { met, targets } from "./targets.js";

export type SizeResult = {
  label: string;
  careers: number;
  /** Time to write the folder; absent for the shipped knowledge. */
  generateMs?: number;
  loadMs: number;
  /** Loading again after one career file was edited (generated sizes only). */
  editedLoadMs?: number;
  createMs: number;
  cold: ColdStarts;
  samples: Sample[];
  /** Garbage-collector pauses while the questions were asked. */
  gcPausesMs: number[];
  /** Questions answered during a reload of this folder (generated sizes only). */
  reload?: ReloadWait;
};

export type BenchResult = { environment: string; cliMs: number[]; sizes: SizeResult[] };

/** The whole report as Markdown, ready to paste into the README. */
export function report({ environment, cliMs, sizes }: BenchResult): string {
  const latency = sizes.map((size) => summarise(size.samples.map((s) => s.ms)));
  const [shipped, largest] = [latency[0]!, latency.at(-1)!];
  const cli = summarise(cliMs);
  const shippedCold = sizes[0]!.cold;
  const coldRow = (what: string, starts: readonly ColdStart[], pick: (c: ColdStart) => number) => {
    const s = summarise(starts.map(pick));
    return [what, ms(s.median), ms(s.p90)];
  };
  const coldRows = (what: string, starts: readonly ColdStart[], importing: string, loading: string) => [
    coldRow(`${what} (${starts.length} runs)`, starts, (c) => c.firstReplyAtMs),
    coldRow(`… importing ${importing}`, starts, (c) => c.importMs),
    coldRow(`… ${loading}`, starts, (c) => c.loadMs),
    coldRow("… createAdvisor", starts, (c) => c.createMs),
    coldRow("… first ask", starts, (c) => c.firstAskMs),
  ];

  return [
    "## Benchmark",
    "",
    environment,
    "",
    table(
      ["target", "limit", "measured", ""],
      targets({ shipped, largest, cliMedianMs: cli.median, sizes: sizes.map(loadFigures) }).map((t) => [t.what, `≤ ${ms(t.limitMs)}`, ms(t.measured), met(t) ? "✅" : "❌"]),
    ),
    "",
    "### Start-up (shipped knowledge)",
    "",
    table(["from process start to first reply", "median", "p90"], [
      [`\`career-advisor ask\`, wall time of the whole process (${cli.count} runs)`, ms(cli.median), ms(cli.p90)],
      ...coldRows("inside Node, to the first reply, as front ends start", shippedCold.open, "the engine", "openKnowledge"),
      ...coldRows("inside Node, to the first reply, first start after an edit", shippedCold.files, "the engine and the validator", "loadKnowledge (every file read and checked)"),
    ]),
    "",
    "Every start reads and checks every file; the two rows differ only in the surface loaded (the answering surface, or the one that reads a folder in full).",
    "",
    "### Loading and memory",
    "",
    table(
      ["knowledge", "generate", "loadKnowledge, this process", "fresh process", "fresh process, again", "after editing one file", "createAdvisor", "start to first reply, fresh process: after an edit", "as front ends start", "RSS", "heap used"],
      sizes.map((size) => {
        const cold = (starts: readonly ColdStart[], pick: (c: ColdStart) => number) => summarise(starts.map(pick)).median;
        const { files, open } = size.cold;
        return [
          size.label,
          size.generateMs === undefined ? "–" : ms(size.generateMs),
          ms(size.loadMs),
          ms(cold(files, (c) => c.loadMs)),
          ms(cold(open, (c) => c.loadMs)),
          size.editedLoadMs === undefined ? "–" : ms(size.editedLoadMs),
          ms(size.createMs),
          ms(cold(files, (c) => c.firstReplyAtMs)),
          ms(cold(open, (c) => c.firstReplyAtMs)),
          megabytes(cold(open, (c) => c.rssBytes)),
          megabytes(cold(open, (c) => c.heapUsedBytes)),
        ];
      }),
    ),
    "",
    "RSS and heap are measured after loading, building the advisor and one reply, after a full garbage collection.",
    "",
    "### Reloading while answering",
    "",
    table(
      ["knowledge", "reload, asked to answering from it", "wait during it: median", "p99", "longest", "longest with no reload", "createAdvisor, timed alone"],
      sizes.flatMap(({ label, reload }) =>
        reload ? [[label, ms(reload.reloadMs), ms(reload.waits.median), ms(reload.waits.p99), ms(reload.waits.max), ms(reload.idleWaits.max), ms(reload.createAdvisorMs)]] : [],
      ),
    ),
    "",
    "Each reload follows an edit to one career file: that file is read and checked again, the whole folder is read and checked again. A question arrives every 5 ms during the reload, and then for as long again with no reload, to show what the machine itself adds. Reading and checking the files runs in a worker thread; the engine's indexes for the new knowledge are built on the answering thread in one go, which is the longest wait.",
    "",
    "### Per question",
    "",
    table(
      ["knowledge", "questions timed", "median", "p99", "max", "answered", "GC pauses", "GC total", "longest GC"],
      sizes.map((size, i) => {
        const { median, p99, max } = latency[i]!;
        const gc = size.gcPausesMs;
        return [size.label, count(latency[i]!.count), ms(median), ms(p99), ms(max), percent(answeredShare(size.samples)), count(gc.length), ms(sum(gc)), ms(Math.max(0, ...gc))];
      }),
    ),
    "",
    `Median against the shipped knowledge: ${sizes.slice(1).map((size, i) => `${size.label} ×${(latency[i + 1]!.median / shipped.median).toFixed(2)}`).join(", ")}.`,
    "",
    byCategory(sizes),
  ].join("\n");
}

function byCategory(sizes: readonly SizeResult[]): string {
  const categories = [...new Set(sizes.flatMap((size) => size.samples.map((s) => s.category)))];
  const rows = categories.map((category) => [
    category,
    ...sizes.flatMap((size) => {
      const samples = size.samples.filter((s) => s.category === category);
      if (!samples.length) return ["–"];
      const { median, p99 } = summarise(samples.map((s) => s.ms));
      return [`${ms(median)} / ${ms(p99)}`];
    }),
  ]);
  return [
    "Median / p99 by kind of question:",
    "",
    table(["question", ...sizes.map((size) => size.label)], rows),
  ].join("\n");
}

/**
 * Load figures per size. Loading is every file read and checked, in a fresh process as a
 * start or a reload's worker does it: this process's heap, after the sizes before, is no one's start.
 * Start to first reply is as front ends start.
 */
function loadFigures(size: SizeResult) {
  const { files, open } = size.cold;
  return {
    label: size.label,
    careers: size.careers,
    loadMs: summarise(files.map((c) => c.loadMs)).median,
    firstReplyMs: summarise(open.map((c) => c.firstReplyAtMs)).median,
    reloadWaitMs: size.reload?.waits.max,
  };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Share of questions answered rather than clarified or declined: a check that the mix exercises the answer path. */
function answeredShare(samples: readonly Sample[]): number {
  return samples.filter((s) => s.kind === "answer").length / samples.length;
}
