import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// A channel is a folder of adapters/ that exports its entry from channel.ts. It gets what it needs from the runtime
// it is created with (adapters/runtime/), never from serve, which composes the channels and so comes after them.
const ADAPTERS = fileURLToPath(new URL("../../adapters", import.meta.url));
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

/** The folders whose entries the registry imports. */
const channelFolders = () => [...readFileSync(join(ADAPTERS, "channels.ts"), "utf8").matchAll(/from "\.\/([\w-]+)\/channel\.js"/g)].map((m) => m[1]!);

/** Every import of a file under `folder` that lands in adapters/serve/, as `file -> imported file`. */
function importsOfServe(folder: string): string[] {
  const files = readdirSync(join(ADAPTERS, folder), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  return files.flatMap((file) => {
    const path = join(ADAPTERS, folder, file);
    return [...readFileSync(path, "utf8").matchAll(IMPORT)]
      .map((m) => m[1] ?? m[2]!)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => relative(ADAPTERS, resolve(dirname(path), spec)))
      .filter((target) => target.startsWith("serve/"))
      .map((target) => `${folder}/${file} -> ${target}`);
  });
}

describe("the channels", () => {
  it("import nothing from serve/, in any of the folders the registry lists", () => {
    const folders = channelFolders();
    expect(folders.sort()).toEqual(["discord", "http", "slack", "web"]);
    expect(folders.every((folder) => existsSync(join(ADAPTERS, folder, "channel.ts")))).toBe(true);
    expect(folders.flatMap(importsOfServe)).toEqual([]);
  });

  it("would be caught importing serve/", () => {
    expect(importsOfServe("../tests/architecture/fixtures")).toEqual(["../tests/architecture/fixtures/imports-serve.ts -> serve/main.js"]);
  });
});
