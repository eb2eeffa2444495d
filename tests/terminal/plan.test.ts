import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The built command, as `npx career-advisor` runs it; `npm test` builds first.
const CLI = fileURLToPath(new URL("../../dist/adapters/cli.js", import.meta.url));
const TRADES = fileURLToPath(new URL("../packs/trades", import.meta.url));

function chat(input: string, args: string[] = []) {
  const env = { ...process.env, CAREER_ADVISOR_KNOWLEDGE: "" };
  const result = spawnSync(process.execPath, [CLI, ...args, "chat"], { input, env, encoding: "utf8", cwd: tmpdir() });
  return { code: result.status, stdout: result.stdout };
}

describe("a guided plan in the terminal chat", () => {
  it("numbers each question's options, takes a typed number as the option, and redoes the plan on a change", () => {
    const { code, stdout } = chat("help me plan\n1\n3\n2\n1\nactually I only have high school\nexit\n");
    expect(code).toBe(0);
    expect(stdout).toContain("What do you do now?\n  1) Clinical work (nursing or another clinical job)\n  2) IT");
    expect(stdout).toContain("(Bachelor's degree)");
    expect(stdout).toMatch(/Your plan \(clinical work, bachelor's degree, systems, none\):\n\n1\. Aim first for: Healthcare IT professional\./);
    expect(stdout).toContain("Changed: high school instead of bachelor's degree.");
    expect(stdout).toMatch(/1\. Aim first for: Health information technician\./);
    expect(stdout).toMatch(/Sources: .*HIMSS salary survey, 2013/);
  });

  it("plans on another field's knowledge with its own questions", () => {
    const { stdout } = chat("where do I start?\nI work construction with a high school diploma\nwiring\nnone\nexit\n", ["--knowledge", TRADES]);
    expect(stdout).toContain("1. Aim first for: Electrician.");
    expect(stdout).toContain("$29.50 an hour");
  });
});
