import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The advisor knows nothing of platforms: no platform library and no front end may be imported from src/.
const SRC = fileURLToPath(new URL("../src", import.meta.url));

/** Libraries reached from a module through static imports only, with the first module that imports each. */
function staticLibraries(entry: string): Map<string, string> {
  const libraries = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // `import type` is erased, and a dynamic import() loads only when it runs.
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+"([^"]+)"/gm)) {
      if (spec!.startsWith(".")) visit(resolve(dirname(file), spec!.replace(/\.js$/, ".ts")));
      else if (!spec!.startsWith("node:") && !libraries.has(spec!)) libraries.set(spec!, file.slice(SRC.length + 1));
    }
  };
  visit(entry);
  return libraries;
}

describe("the advisor's import boundary", () => {
  it("imports no platform library and no adapter", () => {
    const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(10);
    const offending = files.flatMap((file) => {
      const imports = [...readFileSync(join(SRC, file), "utf8").matchAll(/from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]!);
      return imports.filter((spec) => /^(discord\.js|@discordjs\/|@slack\/)|adapters\//.test(spec)).map((spec) => `${file}: ${spec}`);
    });
    expect(offending).toEqual([]);
  });

  it("answers without loading the validator, the YAML parser, Redis, metrics or the file watcher at start", () => {
    const loaded = staticLibraries(join(SRC, "index.ts"));
    expect(loaded.has("fuse.js")).toBe(true);
    const heavy = ["zod", "yaml", "ioredis", "prom-client", "chokidar", "rate-limiter-flexible"];
    expect(heavy.filter((library) => loaded.has(library)).map((library) => `${library} (from ${loaded.get(library)})`)).toEqual([]);
  });
});
