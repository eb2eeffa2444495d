import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { feedbackReport } from "../../src/reports.js";
import { vote, writeRecords } from "./reports.js";
import { scratchDir } from "./scratch.js";

const CLI = fileURLToPath(new URL("../../dist/adapters/cli.js", import.meta.url));
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, DATA_DIR: "" } });

const PAY = { question: "how much do health info techs make?", topic: "pay", careers: ["health-information-technician"] };
const EDUCATION = { question: "what degree do HIT specialists need", topic: "education", careers: ["health-information-technician"] };
const MANAGERS = { question: "what do health services managers earn", topic: "pay", careers: ["health-services-manager"] };

const VOTES = [
  vote("r1", "helpful", false, PAY, "2026-10-01T10:00:00.000Z"),
  vote("r2", "not-helpful", false, PAY, "2026-10-02T10:00:00.000Z"),
  // The same person on r2 changes their mind: r2 ends up helpful, counted once.
  vote("r2", "helpful", true, PAY, "2026-11-02T10:00:00.000Z"),
  vote("r3", "not-helpful", false, EDUCATION, "2026-11-03T10:00:00.000Z"),
  vote("r4", "not-helpful", false, EDUCATION, "2026-11-04T10:00:00.000Z"),
  vote("r5", "not-helpful", false, MANAGERS, "2026-11-05T10:00:00.000Z"),
];

describe("the feedback report", () => {
  it("counts each person's current vote per topic and career", () => {
    const report = feedbackReport(VOTES);
    expect(report.total).toEqual({ helpful: 2, notHelpful: 3 });
    expect(report.byTopic).toEqual({ pay: { helpful: 2, notHelpful: 1 }, education: { helpful: 0, notHelpful: 2 } });
    expect(report.byCareer).toEqual({
      "health-information-technician": { helpful: 2, notHelpful: 2 },
      "health-services-manager": { helpful: 0, notHelpful: 1 },
    });
  });

  it("lists the questions behind not-helpful votes that still stand, most voted first", () => {
    expect(feedbackReport(VOTES).notHelpful).toEqual([
      { question: EDUCATION.question, votes: 2, topic: "education", careers: ["health-information-technician"] },
      { question: MANAGERS.question, votes: 1, topic: "pay", careers: ["health-services-manager"] },
    ]);
  });
});

describe("career-advisor feedback", () => {
  it("prints the counts and the questions behind not-helpful votes", () => {
    const dir = scratchDir();
    writeRecords(dir, "votes", VOTES);
    const { status, stdout } = cli(["feedback", "--data", dir]);
    expect(status).toBe(0);
    expect(stdout).toContain("Votes: 2 helpful, 3 not helpful");
    expect(stdout).toMatch(/By topic:\n {2}education {2}0 helpful, 2 not helpful\n {2}pay {8}2 helpful, 1 not helpful/);
    expect(stdout).toContain(`2× "${EDUCATION.question}" (education, health-information-technician)`);
  });

  it("takes --since and --json", () => {
    const dir = scratchDir();
    writeRecords(dir, "votes", VOTES);
    const { status, stdout } = cli(["feedback", "--data", dir, "--since", "2026-11-03", "--json"]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ since: "2026-11-03T00:00:00.000Z", votes: 3, total: { helpful: 0, notHelpful: 3 }, skipped: [] });
  });

  it("says so when there are no votes", () => {
    const { status, stdout } = cli(["feedback", "--data", scratchDir()]);
    expect(status).toBe(0);
    expect(stdout).toBe("No votes recorded.\n");
  });
});
