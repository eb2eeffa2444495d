import { readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ENVIRONMENT } from "../../adapters/environment.js";

const CLI = fileURLToPath(new URL("../../dist/adapters/cli.js", import.meta.url));
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");

/** Every variable the code reads from process.env or declares in a settings schema, by name. */
function variablesInCode(): string[] {
  const files = readdirSync(new URL("../../adapters", import.meta.url), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  const sources = [...files.map((file) => `adapters/${file}`), "src/knowledge/location.ts"].map(read).join("\n");
  const names = [...sources.matchAll(/\b(?:env|process\.env)(?:\??\.)([A-Z][A-Z_]+)\b/g), ...sources.matchAll(/\b(?:required|optional)\("([A-Z][A-Z_]+)"/g)].map((match) => match[1]!);
  // NO_COLOR is the convention every command-line program honours (no-color.org), not a setting of this one.
  return [...new Set([...names, "CAREER_ADVISOR_KNOWLEDGE"])].filter((name) => name !== "NO_COLOR").sort();
}

describe("the environment variables", () => {
  it("are all listed once, and the list covers every variable the code reads", () => {
    const listed = ENVIRONMENT.map(({ name }) => name);
    expect(new Set(listed).size).toBe(listed.length);
    expect(variablesInCode().filter((name) => !listed.includes(name))).toEqual([]);
  });

  it("are exactly those .env.example lists", () => {
    const example = [...read(".env.example").matchAll(/^# ([A-Z][A-Z_]+)=/gm)].map((match) => match[1]!);
    expect(example.sort()).toEqual(ENVIRONMENT.map(({ name }) => name).sort());
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
