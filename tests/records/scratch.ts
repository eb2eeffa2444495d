import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { createJournal, type Journal } from "../../src/index.js";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An empty folder, removed after the test. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "career-advisor-records-"));
  folders.push(dir);
  return dir;
}

/** A journal whose log lines are kept for the test to read. */
export function testJournal(dir: string, options: { now?: () => Date; retentionDays?: number } = {}): { journal: Journal; logged: string[] } {
  const logged: string[] = [];
  const log = { info: (m: string) => logged.push(`info ${m}`), error: (m: string, e?: unknown) => logged.push(`error ${m}: ${String(e)}`) };
  return { journal: createJournal({ dir, retentionDays: options.retentionDays ?? 180, log, now: options.now }), logged };
}

/** Every line of every file in the folder, parsed, in file order. */
export function linesIn(dir: string): Record<string, unknown>[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => readFileSync(join(dir, name), "utf8").split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
