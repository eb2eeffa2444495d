import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { openAdvisor, type ReloadResult, type WatchEvent } from "../../src/index.js";
import { SHIPPED } from "../helpers.js";

const PAY = { text: "how much do health information technicians make?", conversationId: "swap" };
const CAREER = "health-information-technician.yaml";
const SHIPPED_PAY = "37110";

function scratch(): string {
  // Real, so that the paths the watcher reports compare equal where the temporary folder is reached through a symlink.
  const base = realpathSync(mkdtempSync(join(tmpdir(), "career-advisor-swap-")));
  onTestFinished(() => rmSync(base, { recursive: true, force: true }));
  return base;
}

/** A copy of the shipped folder at `to`, with the technician's median pay set to `pay`. */
function release(to: string, pay: string): void {
  cpSync(SHIPPED, to, { recursive: true });
  setPay(join(to, "careers", CAREER), pay);
}

function setPay(file: string, pay: string): void {
  writeFileSync(file, readFileSync(file, "utf8").replace(/amount: \d+/, `amount: ${pay}`));
}

/** Points `link` at `target` in one step, as `ln -sfn` followed by `mv -T` does. */
function swapSymlink(link: string, target: string): void {
  symlinkSync(target, `${link}.next`);
  renameSync(`${link}.next`, link);
}

async function watched(dir: string) {
  const results: ReloadResult[] = [];
  const events: WatchEvent[] = [];
  // A file written in the very millisecond loading starts counts as changed, and costs one extra reload.
  await sleep(20);
  const advisor = await openAdvisor(dir, { watch: true, onReload: (result) => results.push(result), onWatch: (event) => events.push(event) });
  onTestFinished(() => advisor.close());
  // Generous, for a busy machine: the change itself is seen within about a second.
  const seen = (pay: string) =>
    vi.waitFor(async () => expect((await advisor.ask(PAY)).text).toContain(`$${Number(pay).toLocaleString("en-US")}`), { timeout: 5_000, interval: 25 });
  return { advisor, results, events, seen };
}

describe("watching a knowledge folder that is replaced as a whole", () => {
  it("follows a folder replaced by rename, twice, and then an edit in the new one", async () => {
    const base = scratch();
    const dir = join(base, "knowledge");
    release(dir, SHIPPED_PAY);
    const { results, events, seen } = await watched(dir);

    for (const pay of ["40001", "40002"]) {
      release(join(base, "next"), pay);
      // The old folder is kept, as a deploy that can roll back keeps it.
      renameSync(dir, join(base, `before-${pay}`));
      renameSync(join(base, "next"), dir);
      await seen(pay);
    }
    setPay(join(dir, "careers", CAREER), "40003");
    await seen("40003");
    expect(results.every((result) => result.ok)).toBe(true);
    expect(events).toContainEqual({ kind: "rearmed", path: dir });
  });

  it("follows a `current` symlink swapped to another release, twice, and then an edit in that release", async () => {
    const base = scratch();
    mkdirSync(join(base, "releases"));
    release(join(base, "releases/v1"), SHIPPED_PAY);
    const current = join(base, "current");
    symlinkSync("releases/v1", current);
    const { events, seen } = await watched(current);

    for (const [version, pay] of [["v2", "41002"], ["v3", "41003"]] as const) {
      release(join(base, "releases", version), pay);
      swapSymlink(current, `releases/${version}`);
      await seen(pay);
      expect(events.at(-1)).toEqual({ kind: "rearmed", path: join(base, "releases", version) });
    }
    setPay(join(base, "releases/v3/careers", CAREER), "41004");
    await seen("41004");
    // Swapping back to a release the advisor has answered from before is a change too.
    swapSymlink(current, "releases/v1");
    await seen(SHIPPED_PAY);
  });

  it("follows Kubernetes ConfigMap updates (the `..data` symlink swapped), twice, in the folder and in careers/", async () => {
    const dir = join(scratch(), "knowledge");
    const top = readdirSync(SHIPPED, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
    const careers = readdirSync(join(SHIPPED, "careers"));
    mkdirSync(join(dir, "careers"), { recursive: true });
    let update = 0;
    // What the kubelet does: the keys written to a new timestamped folder, `..data` pointed at it, the old one removed.
    const publish = (folder: string, names: string[], from: string, edit?: (copy: string) => void) => {
      const previous = readdirSync(folder).find((name) => name.startsWith("..20"));
      const stamp = `..2026_12_05_13_00_0${update++}.${process.pid}`;
      mkdirSync(join(folder, stamp));
      for (const name of names) cpSync(join(from, name), join(folder, stamp, name));
      edit?.(join(folder, stamp));
      swapSymlink(join(folder, "..data"), stamp);
      for (const name of names) if (!previous) symlinkSync(join("..data", name), join(folder, name));
      if (previous) rmSync(join(folder, previous), { recursive: true });
    };
    publish(dir, top, SHIPPED);
    publish(join(dir, "careers"), careers, join(SHIPPED, "careers"));
    const { advisor, seen } = await watched(dir);
    expect((await advisor.ask(PAY)).text).toContain("$37,110");

    for (const pay of ["42001", "42002"]) {
      publish(join(dir, "careers"), careers, join(SHIPPED, "careers"), (copy) => setPay(join(copy, CAREER), pay));
      await seen(pay);
    }
    const version = advisor.knowledge.version;
    publish(dir, top, SHIPPED, (copy) => writeFileSync(join(copy, "glossary.yaml"), `${readFileSync(join(copy, "glossary.yaml"), "utf8")}\n# updated\n`));
    await vi.waitFor(async () => expect(advisor.knowledge.version).not.toBe(version), { timeout: 5_000, interval: 25 });
    expect((await advisor.ask(PAY)).text).toContain("$42,002");
  });

  it("says when the folder is gone, answers from the last good knowledge meanwhile, and picks the folder up when it is back", async () => {
    const base = scratch();
    const dir = join(base, "knowledge");
    release(dir, SHIPPED_PAY);
    const { advisor, events, seen } = await watched(dir);

    renameSync(dir, join(base, "away"));
    await vi.waitFor(async () => expect(events.at(-1)).toMatchObject({ kind: "lost", path: dir }), { timeout: 5_000, interval: 25 });
    expect((await advisor.ask(PAY)).text).toContain("$37,110");

    release(dir, "43001");
    await seen("43001");
    await vi.waitFor(async () => expect(events.at(-1)).toEqual({ kind: "rearmed", path: dir }), { timeout: 5_000, interval: 25 });
  });
});
