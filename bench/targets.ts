import type { Summary } from "./stats.js";

/** The targets the benchmark reports against; it never fails a run on them. */
export type Target = { what: string; limitMs: number; measured: number };

export type SizeFigures = { label: string; careers: number; loadMs: number; firstReplyMs: number; reloadWaitMs?: number };

export type TargetInputs = { shipped: Summary; largest: Summary; cliMedianMs: number; sizes: readonly SizeFigures[] };

/** Load limits by folder size: the generated sizes the benchmark makes. */
const LOAD_LIMIT_MS: Readonly<Record<number, number>> = { 1_000: 500, 10_000: 3_000 };

const RELOAD_TARGET_CAREERS = 1_000;

export function targets({ shipped, largest, cliMedianMs, sizes }: TargetInputs): Target[] {
  const [first] = sizes;
  const last = sizes.at(-1)!;
  return [
    { what: "median per question, shipped knowledge", limitMs: 0.2, measured: shipped.median },
    { what: "p99 per question, shipped knowledge", limitMs: 1, measured: shipped.p99 },
    { what: `p99 per question, ${last.label}`, limitMs: 5, measured: largest.p99 },
    { what: "`career-advisor ask` end to end (median)", limitMs: 500, measured: cliMedianMs },
    ...(first ? [{ what: "start to first reply in a fresh process, shipped knowledge, as front ends start (median)", limitMs: 400, measured: first.firstReplyMs }] : []),
    ...sizes.flatMap((size) => {
      const limit = LOAD_LIMIT_MS[size.careers];
      return limit === undefined ? [] : [{ what: `load ${size.label} (median)`, limitMs: limit, measured: size.loadMs }];
    }),
    // A career centre's pack is tens to about a thousand careers; the larger generated size is shown, not judged.
    ...sizes.flatMap((size) =>
      size.careers === RELOAD_TARGET_CAREERS && size.reloadWaitMs !== undefined
        ? [{ what: `longest wait for an answer during a reload, ${size.label}`, limitMs: 50, measured: size.reloadWaitMs }]
        : [],
    ),
  ];
}

export const met = (target: Target) => target.measured <= target.limitMs;
