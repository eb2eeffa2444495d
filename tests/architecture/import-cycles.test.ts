import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Each top-level folder of src/ is one layer, and each root file (src/X.ts) one node of its own. Layers
// that import each other cannot be read, tested or replaced one at a time, so the folder graph has no cycle.
const SRC = fileURLToPath(new URL("../../src", import.meta.url));

/** Static, type-only and dynamic imports alike: a type import ties two layers as much as a value does. */
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gm;

/** `knowledge` for src/knowledge/load.ts, `engine.ts` for src/engine.ts. */
function nodeOf(file: string): string {
  return relative(SRC, file).split(sep)[0]!;
}

/** Every import from one layer to another: `file -> imported file`. */
function crossings(): { from: string; to: string; edge: string }[] {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  return files.flatMap((file) => {
    const path = join(SRC, file);
    return [...readFileSync(path, "utf8").matchAll(IMPORT)].flatMap((m) => {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (!spec.startsWith(".")) return [];
      const target = resolve(dirname(path), spec.replace(/\.js$/, ".ts"));
      const [from, to] = [nodeOf(path), nodeOf(target)];
      return from === to ? [] : [{ from, to, edge: `src/${file.split(sep).join("/")} -> src/${relative(SRC, target).split(sep).join("/")}` }];
    });
  });
}

/** Strongly connected groups of more than one layer (Tarjan), each as the imports that tie it. */
function cycles(edges: readonly { from: string; to: string; edge: string }[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: Set<string>[] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const group = new Set<string>();
      let member: string;
      do group.add((member = stack.pop()!));
      while (member !== node);
      if (group.size > 1) groups.push(group);
    }
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return groups.map((group) => edges.filter(({ from, to }) => group.has(from) && group.has(to)).map(({ edge }) => edge).sort());
}

describe("the folders of src/", () => {
  const all = crossings();

  it("import each other in one direction only", () => {
    expect(all.length).toBeGreaterThan(10);
    expect(cycles(all)).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const edges = [
      { from: "a", to: "b", edge: "a.ts -> b/x.ts" },
      { from: "b", to: "c", edge: "b/x.ts -> c/y.ts" },
      { from: "c", to: "a", edge: "c/y.ts -> a.ts" },
      { from: "c", to: "d", edge: "c/y.ts -> d/z.ts" },
    ];
    expect(cycles(edges)).toEqual([["a.ts -> b/x.ts", "b/x.ts -> c/y.ts", "c/y.ts -> a.ts"]]);
  });
});
