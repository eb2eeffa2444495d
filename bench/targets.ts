import type { Summary } from "./stats.js";

/** The targets the benchmark reports against; it never fails a run on them. */
export type Target = { what: string; limitMs: number; measured: number };

export type TargetInputs = { shipped: Summary; largest: Summary; largestLabel: string; cliMedianMs: number };

export function targets({ shipped, largest, largestLabel, cliMedianMs }: TargetInputs): Target[] {
  return [
    { what: "median per question, shipped knowledge", limitMs: 0.2, measured: shipped.median },
    { what: "p99 per question, shipped knowledge", limitMs: 1, measured: shipped.p99 },
    { what: `p99 per question, ${largestLabel}`, limitMs: 5, measured: largest.p99 },
    { what: "`career-advisor ask` end to end (median)", limitMs: 500, measured: cliMedianMs },
  ];
}

export const met = (target: Target) => target.measured <= target.limitMs;
