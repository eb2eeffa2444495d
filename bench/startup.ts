import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ColdStart, StartWay } from "./cold-start.js";

export const FIRST_QUESTION = "how much do health information technicians make?";

const CLI = fileURLToPath(new URL("../adapters/cli.js", import.meta.url));
const COLD_START = fileURLToPath(new URL("./cold-start.js", import.meta.url));

/** Wall time of `career-advisor ask`, from spawning Node to its exit, once per run. */
export function timeCliAsk(runs: number): number[] {
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    const output = run([CLI, "ask", FIRST_QUESTION]);
    const ms = performance.now() - start;
    if (!output.includes("$")) throw new Error(`career-advisor ask gave no pay figure:\n${output}`);
    return ms;
  });
}

export type ColdStarts = Record<StartWay, ColdStart[]>;

/**
 * The advisor's own start-up and memory on a knowledge folder, each run in a fresh process: as the folder is
 * first read after an edit, and as front ends start on it after that.
 */
export function coldStarts(dir: string, runs: number): ColdStarts {
  const start = (way: StartWay) => JSON.parse(run(["--expose-gc", COLD_START, dir, FIRST_QUESTION, way])) as ColdStart;
  const files = Array.from({ length: runs }, () => start("files"));
  start("open");
  return { files, open: Array.from({ length: runs }, () => start("open")) };
}

function run(args: string[]): string {
  // The shipped knowledge, whatever the environment of the benchmark's own process points at.
  const env = { ...process.env, CAREER_ADVISOR_KNOWLEDGE: undefined };
  const result = spawnSync(process.execPath, args, { encoding: "utf8", env });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed (${result.status}):\n${result.stderr}`);
  return result.stdout;
}
