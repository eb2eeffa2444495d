import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ENVIRONMENT } from "../../adapters/environment.js";

const CLI = fileURLToPath(new URL("../../dist/adapters/cli.js", import.meta.url));
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");

/** Every variable the code reads from process.env, by name. */
function variablesInCode(): string[] {
  const sources = ["adapters/config.ts", "adapters/log.ts", "adapters/serve/settings.ts", "adapters/web/settings.ts", "adapters/slack/main.ts", "adapters/discord/settings.ts", "adapters/slack/settings.ts", "src/knowledge/location.ts"].map(read).join("\n");
  const names = [...sources.matchAll(/\b(?:env|process\.env)(?:\??\.)([A-Z][A-Z_]+)\b/g), ...sources.matchAll(/^\s+([A-Z][A-Z_]+): \{\s*$/gm), ...sources.matchAll(/has\("([A-Z_]+)"\)/g)].map((match) => match[1]!);
  return [...new Set([...names, "CAREER_ADVISOR_KNOWLEDGE"])].sort();
}

describe("the environment variables", () => {
  it("are all listed once, and the list covers every variable the code reads", () => {
    const listed = ENVIRONMENT.map(({ name }) => name);
    expect(new Set(listed).size).toBe(listed.length);
    expect(variablesInCode().filter((name) => !listed.includes(name))).toEqual([]);
  });

  it("each appear in .env.example, commented out, under a comment that says what it is for", () => {
    const lines = read(".env.example").split("\n");
    for (const { name } of ENVIRONMENT) {
      const at = lines.findIndex((line) => line.startsWith(`# ${name}=`));
      expect(at, name).toBeGreaterThan(0);
      expect(lines[at - 1], name).toMatch(/^# \S/);
    }
    expect(lines.filter((line) => /^[A-Z_]+=/.test(line))).toEqual([]);
  });

  it("are listed by --help, and --version prints the package's version", () => {
    const help = spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8" }).stdout;
    for (const { name } of ENVIRONMENT) expect(help).toContain(`  ${name} `);
    expect(help).toMatch(/serve\s+run every configured channel/);
    const version = spawnSync(process.execPath, [CLI, "--version"], { encoding: "utf8" }).stdout.trim();
    expect(version).toBe((JSON.parse(read("package.json")) as { version: string }).version);
  });
});
