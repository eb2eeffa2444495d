import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KnowledgeError, openKnowledge } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { recall, remember } from "../../src/knowledge/snapshot.js";
import { copyOfKnowledge } from "../helpers.js";
import { edit } from "./folder.js";

const HIT = "careers/health-information-technician.yaml";
const caches: string[] = [];
const cache = () => {
  const dir = mkdtempSync(join(tmpdir(), "career-advisor-snapshots-"));
  caches.push(dir);
  return dir;
};
afterAll(() => caches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("the snapshot of a clean load", () => {
  it("gives back what loading the folder gives", () => {
    const dir = copyOfKnowledge();
    const cacheDir = cache();
    const loaded = remember(loadKnowledge(dir), cacheDir);
    const recalled = recall(dir, cacheDir)!;
    expect(recalled).toBeDefined();
    expect(recalled.dir).toBe(dir);
    expect(recalled.version).toBe(loaded.version);
    expect(plain([...recalled.careers.entries()])).toEqual(plain([...loaded.careers.entries()]));
    expect(plain([...recalled.sources.entries()])).toEqual(plain([...loaded.sources.entries()]));
    expect(recalled.vocabulary).toEqual(plain(loaded.vocabulary));
    expect(recalled.glossary).toEqual(plain(loaded.glossary));
    expect(recalled.advisor).toEqual(plain(loaded.advisor));
  });

  it("is not used once any file changes, even by one character", () => {
    const dir = copyOfKnowledge();
    const cacheDir = cache();
    remember(loadKnowledge(dir), cacheDir);
    edit(dir, HIT, (text) => text + "\n");
    expect(recall(dir, cacheDir)).toBeUndefined();
  });

  it("is used, not the files, while they are as they were", () => {
    const dir = copyOfKnowledge();
    const cacheDir = cache();
    remember(loadKnowledge(dir), cacheDir);
    const [snapshot] = readdirSync(cacheDir);
    const path = join(cacheDir, snapshot!);
    writeFileSync(path, readFileSync(path, "utf8").replace('"name":"Health information technician"', '"name":"Renamed in the snapshot"'));
    expect(recall(dir, cacheDir)!.careers.get("health-information-technician")!.name).toBe("Renamed in the snapshot");
  });

  it("counts as missing when it cannot be read or parsed, or its folder cannot be written", () => {
    const dir = copyOfKnowledge();
    const cacheDir = cache();
    remember(loadKnowledge(dir), cacheDir);
    const [snapshot] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, snapshot!), "{ torn");
    expect(recall(dir, cacheDir)).toBeUndefined();
    const blocked = join(cache(), "file");
    writeFileSync(blocked, "");
    expect(remember(loadKnowledge(dir), join(blocked, "under-a-file")).version).toMatch(/^[0-9a-f]{12}$/);
  });

  it("keeps a bounded number of folders", () => {
    const cacheDir = cache();
    const dir = copyOfKnowledge();
    const knowledge = loadKnowledge(dir);
    for (let i = 0; i < 20; i++) remember({ ...knowledge, version: `${i}`.padStart(12, "0") }, cacheDir);
    expect(readdirSync(cacheDir).length).toBe(16);
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
    expect(JSON.stringify(edited.careers.get("health-information-technician")!.pay)).toContain("37120");
    edit(dir, HIT, (text) => text.replace("amount: 37120", "amount: lots"));
    await expect(openKnowledge(dir)).rejects.toThrow(KnowledgeError);
  });
});
