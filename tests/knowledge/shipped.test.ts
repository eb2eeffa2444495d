import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHIPPED } from "../helpers.js";

// The knowledge is written from the two documents in shared/seeds: every figure must carry over, and
// no sentence may be copied.
const SEEDS = join(SHIPPED, "..", "..", "shared", "seeds");
const seedText = (existsSync(SEEDS) ? readdirSync(SEEDS) : [])
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(join(SEEDS, name), "utf8"))
  .join("\n");

function knowledgeText(dir = SHIPPED): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".yaml"))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"))
    .join("\n");
}

const words = (text: string) => text.toLowerCase().replace(/[’']/g, "").match(/[a-z0-9]+/g) ?? [];

// The documents sit beside the repository in the workspace; a lone clone has nothing to compare with.
describe.runIf(seedText.length > 0)("the shipped knowledge", () => {
  const knowledge = knowledgeText().replace(/(\d),(\d{3})/g, "$1$2");

  it("holds every figure the documents give", () => {
    const figures = new Set(
      [...seedText.matchAll(/\$[\d,]+|\b\d{1,3}(?:,\d{3})+\b|\b\d+%|\b(?:19|20)\d{2}\b/g)].map((m) => m[0].replace(/[$,%]/g, "")),
    );
    expect(figures.size).toBeGreaterThan(15);
    const missing = [...figures].filter((figure) => !new RegExp(`\\b${figure}\\b`).test(knowledge));
    expect(missing).toEqual([]);
  });

  it("copies no run of nine words from the documents", () => {
    const ours = ` ${words(knowledgeText()).join(" ")} `;
    const theirs = words(seedText);
    const copied: string[] = [];
    for (let i = 0; i + 9 <= theirs.length; i++) {
      const run = theirs.slice(i, i + 9).join(" ");
      if (ours.includes(` ${run} `)) copied.push(run);
    }
    expect(copied).toEqual([]);
  });
});
