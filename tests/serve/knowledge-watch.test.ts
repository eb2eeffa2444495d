import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { openAdvisor, type ReloadResult } from "../../src/index.js";
import { copyOfKnowledge } from "../helpers.js";

const PAY = { text: "how much do health information technicians make?", conversationId: "watch" };
const CAREER = "careers/health-information-technician.yaml";

// Editors, `sed -i` and `git pull` write a new file and rename it over the old one.
function replaceByRename(dir: string, from: string, to: string): void {
  const file = join(dir, CAREER);
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, readFileSync(file, "utf8").replace(`amount: ${from}`, `amount: ${to}`));
  renameSync(temporary, file);
}

async function watched(dir: string) {
  const results: ReloadResult[] = [];
  // A file written in the very millisecond loading starts counts as changed, and costs one extra reload.
  await sleep(20);
  const advisor = await openAdvisor(dir, { watch: true, onReload: (result) => results.push(result) });
  onTestFinished(() => advisor.close());
  // The watcher reads the folder once before it reports changes.
  await sleep(300);
  const seen = (text: string) => vi.waitFor(async () => expect((await advisor.ask(PAY)).text).toContain(text), { timeout: 2_000, interval: 25 });
  return { advisor, results, seen };
}

describe("watching the knowledge folder", () => {
  it("picks up a file replaced by rename, then another, then a plain edit, each within 2 seconds", async () => {
    const dir = copyOfKnowledge();
    const { results, seen } = await watched(dir);

    replaceByRename(dir, "37110", "37111");
    await seen("$37,111");
    replaceByRename(dir, "37111", "37112");
    await seen("$37,112");
    const file = join(dir, CAREER);
    writeFileSync(file, readFileSync(file, "utf8").replace("amount: 37112", "amount: 37113"));
    await seen("$37,113");
    expect(results.every((result) => result.ok)).toBe(true);
  });

  it("does not reload for files that are not knowledge, such as an editor's swap file", async () => {
    const dir = copyOfKnowledge();
    const { results, seen } = await watched(dir);
    writeFileSync(join(dir, "careers/.health-information-technician.yaml.swp"), "swap");
    writeFileSync(join(dir, "notes.txt"), "notes");
    // Longer than a change takes to be seen (the test above), so a reload would have happened by now.
    await sleep(1_500);
    expect(results).toEqual([]);
    replaceByRename(dir, "37110", "37114");
    await seen("$37,114");
  });

  it("reloads on an added and on a deleted file, and keeps the last good knowledge after a broken one", async () => {
    const dir = copyOfKnowledge();
    const { advisor, results } = await watched(dir);
    const extra = join(dir, "careers/extra.yaml");

    writeFileSync(extra, "id: extra\nname: [not, a, name]\n");
    await vi.waitFor(() => expect(results.at(-1)?.ok).toBe(false), { timeout: 2_000, interval: 25 });
    const failed = results.at(-1);
    expect(!failed?.ok && failed?.problems.join("\n")).toMatch(/careers\/extra\.yaml/);
    expect((await advisor.ask(PAY)).text).toContain("$37,110");

    const before = results.length;
    rmSync(extra);
    await vi.waitFor(() => expect(results.length).toBeGreaterThan(before), { timeout: 2_000, interval: 25 });
    expect(results.at(-1)?.ok).toBe(true);
  });
});
