import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeError, openAdvisor } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { loadKnowledgeOffThread } from "../../src/knowledge/off-thread.js";
import { copyOfKnowledge, SHIPPED } from "../helpers.js";

const PAY = { text: "how much do health information technicians make?", conversationId: "off-thread" };
const HIT = "careers/health-information-technician.yaml";

function setMedian(dir: string, from: string, to: string): void {
  const file = join(dir, HIT);
  writeFileSync(file, readFileSync(file, "utf8").replace(`amount: ${from}`, `amount: ${to}`));
}

describe("loading in a worker thread", () => {
  it("gives the same knowledge as loading here", async () => {
    const here = loadKnowledge(SHIPPED);
    const there = await loadKnowledgeOffThread(SHIPPED);
    expect(there.version).toBe(here.version);
    expect([...there.careers.entries()]).toEqual(JSON.parse(JSON.stringify([...here.careers.entries()])));
    expect([...there.sources.keys()]).toEqual([...here.sources.keys()]);
    expect(there.vocabulary).toEqual(here.vocabulary);
    expect(there.advisor).toEqual(here.advisor);
  });

  it("rejects a broken folder with every problem, as loading here does", async () => {
    const dir = copyOfKnowledge();
    setMedian(dir, "37110", "lots");
    const error = await loadKnowledgeOffThread(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).problems).toEqual([expect.objectContaining({ file: HIT, path: "pay[0].amount" })]);
  });

  it("keeps answering from the knowledge it has while a reload runs, then swaps", async () => {
    const dir = copyOfKnowledge();
    const advisor = await openAdvisor(dir);
    setMedian(dir, "37110", "37113");
    const reloading = advisor.reload();
    expect((await advisor.ask(PAY)).text).toContain("$37,110");
    expect((await reloading).ok).toBe(true);
    expect((await advisor.ask(PAY)).text).toContain("$37,113");
    await advisor.close();
  });

  it("runs reloads asked for together one after the other, each reporting once", async () => {
    const dir = copyOfKnowledge();
    const finished: string[] = [];
    const advisor = await openAdvisor(dir, { onReload: (result) => finished.push(result.ok ? result.knowledge.version : "failed") });
    setMedian(dir, "37110", "37114");
    const first = advisor.reload().then((r) => (r.ok ? r.knowledge.version : "failed"));
    const second = advisor.reload();
    expect((await second).ok).toBe(true);
    expect(finished).toEqual([await first, await first]);
    expect((await advisor.ask(PAY)).text).toContain("$37,114");
    await advisor.close();
  });
});
