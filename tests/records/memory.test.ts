import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scratchDir } from "./scratch.js";

// Every reply's summary waits in memory for votes. A process answering long questions all week must not grow with
// them: 100,000 replies to 9,999-character questions once took the heap to 1.5 GB.

const SRC = fileURLToPath(new URL("../../dist/src/", import.meta.url));

const script = (dataDir: string) => `
const { createRecorder, createVoteBook, createJournal } = await import(${JSON.stringify(SRC + "index.js")});
const { createEmbeddedStore } = await import(${JSON.stringify(SRC + "store/index.js")});
const quiet = { info() {}, warn() {}, error() {} };
const store = createEmbeddedStore({ logger: quiet });
const journal = createJournal({ dir: ${JSON.stringify(dataDir)}, retentionDays: 180, log: quiet });
const recorder = createRecorder({ journal, replies: store.replies, knowledgeVersion: () => "v1" });
const book = createVoteBook({ journal, store });
const filler = "how much does a health information technician make in a year, and what about the training? ".repeat(120);
const reply = { kind: "answer", text: "Median $37,110 a year.", sources: [], suggestions: [], topic: "pay", careerIds: ["health-information-technician"] };
const outcomes = new Set();
for (let n = 0; n < 100_000; n++) {
  await recorder.afterReply("http", { text: (n + " " + filler).slice(0, 9_999) }, reply, "r" + n);
  if (n % 1_000 === 0) outcomes.add(await book.vote("r" + n, "api:" + n, "helpful"));
}
globalThis.gc();
process.stdout.write(JSON.stringify({ heapUsed: process.memoryUsage().heapUsed, outcomes: [...outcomes] }));
`;

describe("the summaries kept for votes", () => {
  it("stay well under 300 MB of heap after 100,000 replies to 9,999-character questions", () => {
    const result = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script(scratchDir())], { encoding: "utf8", timeout: 120_000 });
    expect(result.stderr).toBe("");
    const { heapUsed, outcomes } = JSON.parse(result.stdout) as { heapUsed: number; outcomes: string[] };
    expect(outcomes, "every reply could be voted on as it came").toEqual(["recorded"]);
    expect(heapUsed).toBeLessThan(300 * 1024 * 1024);
  }, 150_000);
});
