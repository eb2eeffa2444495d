import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The advisor knows nothing of platforms: no platform library and no front end may be imported from src/.
const SRC = fileURLToPath(new URL("../src", import.meta.url));

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
});
