import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { openAdvisor, KnowledgeError, type ReloadResult } from "../../src/index.js";
import { copyOfKnowledge } from "../helpers.js";

const PAY = { text: "how much do health information technicians make?", conversationId: "live" };

function setMedian(dir: string, from: string, to: string): void {
  const file = join(dir, "careers/health-information-technician.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace(`amount: ${from}`, `amount: ${to}`));
}

describe("openAdvisor", () => {
  it("answers from reloaded knowledge and keeps the last good knowledge when a file breaks", async () => {
    const dir = copyOfKnowledge();
    const advisor = await openAdvisor(dir);
    expect((await advisor.ask(PAY)).text).toContain("$37,110");

    setMedian(dir, "37110", "37111");
    expect((await advisor.reload()).ok).toBe(true);
    expect((await advisor.ask(PAY)).text).toContain("$37,111");

    setMedian(dir, "37111", "a lot");
    const result = await advisor.reload();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBeInstanceOf(KnowledgeError);
    expect(!result.ok && result.problems).toEqual([expect.stringMatching(/^careers\/health-information-technician\.yaml:\d+:\d+: pay\[0\]\.amount: /)]);
    expect((await advisor.ask(PAY)).text).toContain("$37,111");
    await advisor.close();
  });

  it("reloads by itself when a file in the folder changes", async () => {
    const dir = copyOfKnowledge();
    const results: ReloadResult[] = [];
    const advisor = await openAdvisor(dir, { watch: true, onReload: (r) => results.push(r) });
    setMedian(dir, "37110", "37112");
    await vi.waitFor(async () => expect((await advisor.ask(PAY)).text).toContain("$37,112"), { timeout: 5_000, interval: 50 });
    expect(results.at(-1)?.ok).toBe(true);
    await advisor.close();
  });

  it("refuses to start on a broken folder, since there is nothing to fall back on", async () => {
    const dir = copyOfKnowledge();
    setMedian(dir, "37110", "lots");
    await expect(openAdvisor(dir)).rejects.toThrow(KnowledgeError);
  });
});
