import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/index.js";
import { loadEvaluationSet, loadKnowledge, runEvaluation } from "../../src/authoring.js";

const PACKS = fileURLToPath(new URL("../packs/", import.meta.url));
const packs = readdirSync(PACKS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

// Every knowledge pack for another field passes its own evaluation set in full: the engine knows no field
// of its own, so a folder written for another one makes an advisor for it with no code change.
describe.each(packs)("knowledge pack %s", (pack) => {
  const dir = `${PACKS}${pack}`;
  const set = loadEvaluationSet(`${dir}/evaluation.yaml`);
  const report = runEvaluation(createEngine(loadKnowledge(dir)), set);

  it("passes every turn of its evaluation set", () => {
    const failed = report.results
      .filter((r) => r.problems.length)
      .map((r) => `${r.conversation}: ${JSON.stringify(r.ask)} → ${r.problems.join("; ")}\n    got: ${r.reply.text.replace(/\s+/g, " ").slice(0, 200)}`);
    expect(report.results.length).toBeGreaterThanOrEqual(60);
    expect(failed, failed.join("\n")).toEqual([]);
  });
});

it("finds the packs", () => {
  expect(packs).toContain("trades");
});
