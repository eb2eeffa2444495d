// Run in a fresh process by startup.ts (`node cold-start.js DIR QUESTION WAY`): times what a front end does
// before its first reply, then weighs the loaded advisor. Prints one JSON line. WAY is `open`, as front ends
// load, or `files`, through the surface that reads a folder in full: every file read and checked either way.

export type StartWay = "open" | "files";

export type ColdStart = {
  importMs: number;
  loadMs: number;
  createMs: number;
  firstAskMs: number;
  /** performance.now() counts from the process's start, so this is start-to-first-reply inside Node. */
  firstReplyAtMs: number;
  rssBytes: number;
  heapUsedBytes: number;
};

async function main(dir: string, question: string, way: StartWay): Promise<ColdStart> {
  const t0 = performance.now();
  // Imported here rather than at the top so the time to load the engine's modules is measured too.
  const { createEngine, openKnowledge } = await import("../src/index.js");
  // Reading every file needs the validator, whose modules count as importing, as the engine's do.
  const loadKnowledge = way === "files" ? (await import("../src/authoring.js")).loadKnowledge : undefined;
  const t1 = performance.now();
  const knowledge = loadKnowledge ? loadKnowledge(dir) : await openKnowledge(dir);
  const t2 = performance.now();
  const advisor = createEngine(knowledge);
  const t3 = performance.now();
  advisor.respond(question, undefined);
  const t4 = performance.now();
  globalThis.gc?.();
  const memory = process.memoryUsage();
  return {
    importMs: t1 - t0,
    loadMs: t2 - t1,
    createMs: t3 - t2,
    firstAskMs: t4 - t3,
    firstReplyAtMs: t4,
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
  };
}

const [dir = "", question = "", way = "open"] = process.argv.slice(2);
process.stdout.write(JSON.stringify(await main(dir, question, way as StartWay)) + "\n");
