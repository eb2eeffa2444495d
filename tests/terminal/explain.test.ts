import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../dist/adapters/cli.js", import.meta.url));

function explain(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, "explain", ...args], { encoding: "utf8", cwd: tmpdir(), env: { ...process.env, CAREER_ADVISOR_KNOWLEDGE: "" } });
  return { code: result.status, stdout: result.stdout };
}

describe("career-advisor explain", () => {
  it("shows the words after normalising, the corrections, the career, the topic and the deciding rule", () => {
    const { code, stdout } = explain("helth info tecnician job outlok?");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^words\s+health info technician job outlook$/m);
    expect(stdout).toMatch(/^corrections\s+.*helth → health/m);
    expect(stdout).toMatch(/^careers\s+health-information-technician$/m);
    expect(stdout).toMatch(/^topics\s+outlook$/m);
    expect(stdout).toMatch(/^rule\s+answer$/m);
    expect(stdout).toMatch(/^context used\s+none/m);
  });

  it("replays the conversation lines first and shows the context the question was read in", () => {
    const { stdout } = explain("--conversation", "how much do health information technicians make?", "and optometrists?");
    expect(stdout).toMatch(/^context used\s+.*health-information-technician/m);
    expect(stdout).toMatch(/^cues\s+followUp/m);
    expect(stdout).toMatch(/^rule\s+other-job$/m);
    expect(stdout).toMatch(/^reply\s+\(fallback\) I have nothing on optometrists/m);
  });

  it("shows the plan answers a message gives and the rule that took them", () => {
    const { stdout } = explain("--conversation", "help me plan", "I'm a nurse with an associate degree");
    expect(stdout).toMatch(/^plan answers\s+.*schooling: associate/m);
    expect(stdout).toMatch(/^rule\s+plan-answer$/m);
  });

  it("shows what a described way in resolved to", () => {
    const { stdout } = explain("--conversation", "what education do healthcare IT professionals need?", "is the two-year route any good?");
    expect(stdout).toMatch(/^refers to\s+route health-information-technician \(education\)$/m);
  });

  it("shows the source or certification a typed reference resolved to", () => {
    const source = explain("--conversation", "what is the median pay of health information technicians?", "can you give me the source's full name?").stdout;
    expect(source).toMatch(/^refers to\s+source bls$/m);
    const term = explain("--conversation", "which certifications help healthcare IT professionals?", "what's the second certification?").stdout;
    expect(term).toMatch(/^refers to\s+term ccna$/m);
    expect(term).toMatch(/^reply\s+\(answer\) CCNA stands for/m);
  });
});
