import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeProblem, KnowledgeError, openKnowledge } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { recall, remember } from "../../src/knowledge/snapshot.js";
import { copyOfKnowledge } from "../helpers.js";
import { edit, problemsOf } from "./folder.js";

const HIT = "careers/health-information-technician.yaml";
const DBA = "careers/database-administrator.yaml";
const caches: string[] = [];
const cache = () => {
  const dir = mkdtempSync(join(tmpdir(), "career-advisor-snapshots-"));
  caches.push(dir);
  return dir;
};
afterAll(() => caches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Renames a career inside the only snapshot in `cacheDir`, so a test can tell the snapshot's value from the file's. */
function renameInSnapshot(cacheDir: string, from: string, to: string): void {
  const [snapshot] = readdirSync(cacheDir);
  const path = join(cacheDir, snapshot!);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(`"name":"${from}"`);
  writeFileSync(path, text.replace(`"name":"${from}"`, `"name":"${to}"`));
}

describe("the snapshot of a clean load", () => {
  it("gives back what loading the folder gives", () => {
    const dir = copyOfKnowledge();
    const cacheDir = cache();
    const loaded = remember(loadKnowledge(dir), cacheDir);
    const recalled = recall(dir, cacheDir).knowledge!;
    expect(recalled).toBeDefined();
    expect(recalled.dir).toBe(dir);
    expect(recalled.version).toBe(loaded.version);
    expect(plain([...recalled.careers.entries()])).toEqual(plain([...loaded.careers.entries()]));
    expect(plain([...recalled.sources.entries()])).toEqual(plain([...loaded.sources.entries()]));
    expect(recalled.vocabulary).toEqual(plain(loaded.vocabulary));
    expect(recalled.glossary).toEqual(plain(loaded.glossary));
    expect(recalled.advisor).toEqual(plain(loaded.advisor));
  });

  it("is used, not the files, while they are as they were", () => {
    const dir = copyOfKnowledge();
    const cacheDir = cache();
    remember(loadKnowledge(dir), cacheDir);
    renameInSnapshot(cacheDir, "Health information technician", "Renamed in the snapshot");
    expect(recall(dir, cacheDir).knowledge!.careers.get("health-information-technician")!.name).toBe("Renamed in the snapshot");
  });

  it("after an edit, offers only the career files whose text is as it was", () => {
    const dir = copyOfKnowledge();
    const cacheDir = cache();
    remember(loadKnowledge(dir), cacheDir);
    edit(dir, HIT, (text) => text + "\n");
    const { knowledge, reusable } = recall(dir, cacheDir);
    expect(knowledge).toBeUndefined();
    expect([...reusable.keys()].sort()).toEqual(readdirSync(join(dir, "careers")).map((name) => `careers/${name}`).filter((file) => file !== HIT).sort());
  });

  it("counts as missing when it cannot be read or parsed, or its folder cannot be written", () => {
    const dir = copyOfKnowledge();
    const cacheDir = cache();
    remember(loadKnowledge(dir), cacheDir);
    const [snapshot] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, snapshot!), "{ torn");
    expect(recall(dir, cacheDir)).toEqual({ reusable: new Map() });
    const blocked = join(cache(), "file");
    writeFileSync(blocked, "");
    expect(remember(loadKnowledge(dir), join(blocked, "under-a-file")).version).toMatch(/^[0-9a-f]{12}$/);
  });

  it("keeps a bounded number of folders", () => {
    const cacheDir = cache();
    const knowledge = loadKnowledge(copyOfKnowledge());
    for (let i = 0; i < 20; i++) remember({ ...knowledge, dir: join(tmpdir(), `folder-${i}`) }, cacheDir);
    expect(readdirSync(cacheDir).length).toBe(16);
  });
});

/** A folder whose snapshot offers the database administrator's file unchanged, while a source it cites was renamed. */
function sourceRenamedSinceSnapshot() {
  const dir = copyOfKnowledge();
  const cacheDir = cache();
  remember(loadKnowledge(dir), cacheDir);
  edit(dir, "sources.yaml", (text) => text.replace("- id: hit-specialist-article", "- id: hit-article-renamed"));
  const { reusable } = recall(dir, cacheDir);
  expect(reusable.has(DBA)).toBe(true);
  return { dir, reusable };
}

describe("loading with what a snapshot offers", () => {
  it("takes unchanged career files as checked and reads the edited one", () => {
    const dir = copyOfKnowledge();
    const cacheDir = cache();
    remember(loadKnowledge(dir), cacheDir);
    renameInSnapshot(cacheDir, "Database administrator", "Taken from the snapshot");
    edit(dir, HIT, (text) => text.replace("amount: 37110", "amount: 37120"));
    const knowledge = loadKnowledge(dir, recall(dir, cacheDir).reusable);
    expect(knowledge.careers.get("database-administrator")!.name).toBe("Taken from the snapshot");
    expect(knowledge.careers.get("health-information-technician")!.pay[0]!.amount).toBe(37120);
  });

  it("still runs every cross-file check, so an edit elsewhere that breaks an unchanged career is reported", () => {
    const { dir, reusable } = sourceRenamedSinceSnapshot();
    expect(() => loadKnowledge(dir, reusable)).toThrow(KnowledgeError);
    expect(problemsOf(dir).some((line) => line.startsWith(DBA) && line.includes("unknown source `hit-specialist-article`"))).toBe(true);
  });
});

describe("loading with what a snapshot offers, placing problems", () => {
  it("gives a problem in an unchanged career file its line and column, as a load that read every file does", () => {
    const { dir, reusable } = sourceRenamedSinceSnapshot();
    let reused: string[] = [];
    try {
      loadKnowledge(dir, reusable);
    } catch (error) {
      reused = (error as KnowledgeError).problems.filter((p) => p.file === DBA).map(describeProblem);
    }
    expect(reused.length).toBeGreaterThan(0);
    expect(reused).toEqual(problemsOf(dir).filter((line) => line.startsWith(DBA)));
  });
});

describe("openKnowledge", () => {
  it("answers an edited folder from its files, and rejects a broken one rather than fall back on a snapshot", async () => {
    const dir = copyOfKnowledge();
    const first = await openKnowledge(dir);
    expect((await openKnowledge(dir)).version).toBe(first.version);
    edit(dir, HIT, (text) => text.replace("amount: 37110", "amount: 37120"));
    const edited = await openKnowledge(dir);
    expect(edited.version).not.toBe(first.version);
    expect(edited.careers.get("health-information-technician")!.pay[0]!.amount).toBe(37120);
    edit(dir, HIT, (text) => text.replace("amount: 37120", "amount: lots"));
    await expect(openKnowledge(dir)).rejects.toThrow(KnowledgeError);
  });
});
