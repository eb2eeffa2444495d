import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { copyOfKnowledge } from "../helpers.js";

// The built command, as `npx career-advisor` runs it; `npm test` builds first.
const CLI = fileURLToPath(new URL("../../dist/adapters/cli.js", import.meta.url));

function run(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const env = { ...process.env, CAREER_ADVISOR_KNOWLEDGE: "", ...options.env };
  const result = spawnSync(process.execPath, [CLI, ...args], { input: options.input ?? "", env, encoding: "utf8", cwd: tmpdir() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function withMedian(amount: string): string {
  const dir = copyOfKnowledge();
  const file = join(dir, "careers/health-information-technician.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("amount: 37110", `amount: ${amount}`));
  return dir;
}

describe("the built command", () => {
  it("is executable, so `npx career-advisor` can run it", () => {
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  });
});

describe("career-advisor ask", () => {
  it("prints the answer and its sources", () => {
    const { code, stdout } = run(["ask", "how much do health information technicians make?"]);
    expect(code).toBe(0);
    expect(stdout).toContain("$37,110");
    expect(stdout).toMatch(/Sources: Health Information Technology Specialist Salary and Career Facts; U\.S\. Bureau of Labor Statistics \(BLS\), 2015/);
  });

  it("prints the whole reply as JSON with --json", () => {
    const reply = JSON.parse(run(["ask", "--json", "hi"]).stdout);
    expect(reply).toMatchObject({ kind: "smalltalk", sources: [] });
  });

  it("reads another knowledge folder from --knowledge or the environment", () => {
    const dir = withMedian("41000");
    expect(run(["--knowledge", dir, "ask", "health information technician median pay"]).stdout).toContain("$41,000");
    expect(run(["ask", "health information technician median pay"], { env: { CAREER_ADVISOR_KNOWLEDGE: dir } }).stdout).toContain("$41,000");
  });
});

describe("career-advisor batch", () => {
  it("answers one JSON line per line, in order, sharing context within a conversation", () => {
    const input = [
      JSON.stringify({ conversation: "a", text: "health information technician pay" }),
      "not json",
      JSON.stringify({ text: 42 }),
      "",
      JSON.stringify({ conversation: "a", text: "and in hospitals?" }),
      JSON.stringify({ text: "and in hospitals?" }),
    ].join("\n");
    const { code, stdout } = run(["batch"], { input });
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ conversation: "a", question: "health information technician pay", kind: "answer" });
    expect(lines[0].sources).toEqual([
      { id: "hit-specialist-article", title: "Health Information Technology Specialist Salary and Career Facts" },
      { id: "bls", title: "U.S. Bureau of Labor Statistics (BLS)" },
    ]);
    expect(lines[1]).toEqual({ line: 2, error: expect.stringContaining("not valid JSON") });
    expect(lines[2]).toEqual({ line: 3, error: expect.stringMatching(/^text: /) });
    expect(lines[3]).toEqual({ line: 4, error: expect.stringContaining("not valid JSON") });
    expect(lines[4].text).toContain("$43,080");
    expect(lines[5]).toMatchObject({ conversation: null, kind: "clarify" });
  });
});

describe("a closed output pipe and over-long lines", () => {
  // Many more reply lines than a pipe holds, so the command is still writing when `head` goes away.
  const questions = (text: string, count: number) => Array.from({ length: count }, () => text).join("\n") + "\n";
  const piped = (command: string, input: string) => {
    const dir = mkdtempSync(join(tmpdir(), "career-advisor-pipe-"));
    writeFileSync(join(dir, "in"), input);
    const script = `node ${JSON.stringify(CLI)} ${command} < ${JSON.stringify(join(dir, "in"))} | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync("bash", ["-c", script], { env: { ...process.env, CAREER_ADVISOR_KNOWLEDGE: "" }, encoding: "utf8", cwd: tmpdir() });
    return { stdout: result.stdout, stderr: result.stderr };
  };

  it("`batch | head -1` prints one line and ends with exit 0, without a stack trace", () => {
    const { stdout, stderr } = piped("batch", questions(JSON.stringify({ text: "health information technician pay" }), 3_000));
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout)).toMatchObject({ kind: "answer" });
    expect(stderr.trim()).toBe("exit=0");
  });

  it("`chat | head -1` ends with exit 0, without a stack trace", () => {
    const { stdout, stderr } = piped("chat", questions("health information technician pay", 3_000));
    expect(stdout).toContain("career-advisor");
    expect(stderr.trim()).toBe("exit=0");
  });

  it("batch answers an over-long line with an error of its own and answers the next line", () => {
    const huge = JSON.stringify({ text: "a".repeat(70 * 1024) });
    const { code, stdout } = run(["batch"], { input: `${huge}\n${JSON.stringify({ text: "health information technician pay" })}\n` });
    expect(code).toBe(0);
    const [first, second] = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(first).toEqual({ line: 1, error: "longer than 65536 bytes; skipped without reading it" });
    expect(second).toMatchObject({ kind: "answer", question: "health information technician pay" });
  });

  it("chat says an over-long line was skipped and answers the next one", () => {
    const { code, stdout } = run(["chat"], { input: `${"what ".repeat(20_000)}\nhealth information technician pay\n` });
    expect(code).toBe(0);
    expect(stdout).toContain("That line is longer than 64 KB, so I skipped it.");
    expect(stdout).toContain("$37,110");
  });
});

describe("career-advisor eval", () => {
  it("reports per category and exits non-zero below the threshold", () => {
    const file = join(mkdtempSync(join(tmpdir(), "career-advisor-eval-")), "set.yaml");
    writeFileSync(
      file,
      [
        "threshold: 0.9",
        "conversations:",
        "  - id: good",
        "    category: pay",
        "    turns:",
        "      - ask: health information technician pay",
        "        contains: [\"$37,110\"]",
        "  - id: bad",
        "    category: glossary",
        "    turns:",
        "      - ask: what is CISSP",
        "        contains: [\"$1\"]",
      ].join("\n"),
    );
    const below = run(["eval", file]);
    expect(below.code).toBe(1);
    expect(below.stdout).toContain('FAIL [glossary] bad: "what is CISSP"');
    expect(below.stdout).toMatch(/glossary\s+0\/1/);
    expect(below.stdout).toMatch(/pay\s+1\/1/);
    expect(below.stdout).toContain("1 of 2 turns passed (50.0%); threshold 90.0%: BELOW");
    expect(run(["eval", file, "--threshold", "0.5"]).code).toBe(0);
  });
});

describe("career-advisor check", () => {
  it("accepts the shipped knowledge and rejects a broken folder with the file and field", () => {
    expect(run(["check"]).code).toBe(0);
    const broken = run(["check", withMedian("plenty")]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/careers\/health-information-technician\.yaml:\d+:\d+: pay\[0\]\.amount: expected a number/);
  });

  it("writes nothing of its own under node_modules, for check or for ask", () => {
    const modules = fileURLToPath(new URL("../../node_modules", import.meta.url));
    const ours = () => readdirSync(modules, { recursive: true, encoding: "utf8" }).filter((name) => name.includes("career-advisor"));
    const before = ours();
    const dir = copyOfKnowledge();
    expect(run(["check", dir]).code).toBe(0);
    expect(run(["--knowledge", dir, "ask", "how much do health information technicians make?"]).code).toBe(0);
    expect(ours()).toEqual(before);
  });

  it("refuses to start the other commands on a broken folder", () => {
    const result = run(["--knowledge", withMedian("plenty"), "ask", "hi"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("pay[0].amount");
  });
});

describe("career-advisor chat", () => {
  it("answers, resets and leaves on exit or at the end of input", () => {
    const { code, stdout } = run(["chat"], { input: "hello\nhealth information technician pay\nreset\nhow much do they make?\n1\nexit\nnever read\n" });
    expect(code).toBe(0);
    expect(stdout).toContain("I advise on careers in healthcare IT");
    expect(stdout).toContain("$37,110");
    expect(stdout).toContain("Started a new conversation.");
    expect(stdout).toContain("Which career do you mean?");
    expect(stdout).toMatch(/\(How much do (healthcare IT professionals|health information technicians) earn\?\)/);
    expect(stdout).not.toContain("never read");
    expect(run(["chat"], { input: "help\n" }).code).toBe(0);
  });
});

describe("front ends without configuration", () => {
  it("name the missing variable and where to get it", () => {
    const env = { DISCORD_TOKEN: "", DISCORD_APPLICATION_ID: "", SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "", SLACK_APP_TOKEN: "" };
    const discord = run(["discord"], { env });
    expect(discord.code).toBe(1);
    expect(discord.stderr).toContain("DISCORD_TOKEN");
    const slack = run(["slack"], { env });
    expect(slack.code).toBe(1);
    expect(slack.stderr).toContain("SLACK_BOT_TOKEN");
  });
});
