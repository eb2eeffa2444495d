import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { describeProblem, KnowledgeError } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";

/** Every problem loading the folder reports, as `check` prints them; fails the test if it loads. */
export function problemsOf(dir: string): string[] {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).problems.map(describeProblem);
  }
  throw new Error("expected the folder to be rejected");
}

/** Changes one file of a folder; fails the test if the change does nothing, so a stale edit cannot pass. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  expect(after, `the edit to ${file} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
}
