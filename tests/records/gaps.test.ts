import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evalDraft, gapGroups, type GapGroup } from "../../src/reports.js";
import { loadEvaluationSet } from "../../src/authoring.js";
import { shippedKnowledge } from "../helpers.js";
import { question, writeRecords } from "./reports.js";
import { scratchDir } from "./scratch.js";

const CLI = fileURLToPath(new URL("../../dist/adapters/cli.js", import.meta.url));

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, CAREER_ADVISOR_KNOWLEDGE: "", DATA_DIR: "" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const RECORDS = [
  question("wat do astronauts earn", "2026-09-03T08:00:00.000Z"),
  question("astronaut salary", "2026-10-10T08:00:00.000Z"),
  question("Astronaut salary?", "2026-10-12T08:00:00.000Z"),
  question("how much does an astronuat make", "2026-11-20T08:00:00.000Z"),
  question("what's the pay of astronauts", "2026-11-21T08:00:00.000Z", "clarify"),
  question("sommelier salary", "2026-10-01T08:00:00.000Z"),
  question("how much do sommeliers earn", "2026-11-01T08:00:00.000Z"),
  question("what certs should I get?", "2026-11-05T08:00:00.000Z", "clarify"),
  question("salary of health info techs in euros", "2026-11-06T08:00:00.000Z", "not-covered", { topic: "pay", careers: ["health-information-technician"] }),
];

const groupsOf = (groups: readonly GapGroup[]) => groups.map((g) => [g.count, ...g.examples.slice(0, 1)]);

describe("grouping unanswered questions", () => {
  // "sommelier" is in no list of the knowledge: a word it does not know still names its group.
  it("puts different wordings of one question together, typos and all, most frequent first", () => {
    const groups = gapGroups(RECORDS, shippedKnowledge());
    expect(groups.map((g) => g.count)).toEqual([5, 2, 1, 1]);
    const [astronaut, sommelier] = groups;
    expect(astronaut).toMatchObject({
      first: "2026-09-03T08:00:00.000Z",
      last: "2026-11-21T08:00:00.000Z",
      kinds: { fallback: 4, clarify: 1 },
      about: { careers: [], occupations: ["astronaut"], topics: ["pay"] },
    });
    // "astronaut salary" and "Astronaut salary?" are one wording, asked twice.
    expect(astronaut!.examples).toEqual(["astronaut salary", "how much does an astronuat make"]);
    expect(sommelier).toMatchObject({ count: 2, about: { topics: ["pay"], words: ["sommelier"] } });
  });

  it("keeps apart questions that share a topic but not a subject", () => {
    const groups = gapGroups([question("astronaut salary", "2026-11-01T00:00:00Z"), question("pilot salary", "2026-11-01T00:00:00Z"), question("salary?", "2026-11-01T00:00:00Z")], shippedKnowledge());
    expect(groups).toHaveLength(3);
  });

  it("names the careers the advisor understood when the words alone do not", () => {
    const groups = gapGroups([question("and in euros?", "2026-11-01T00:00:00Z", "not-covered", { topic: "pay", careers: ["health-information-technician"] })], shippedKnowledge());
    expect(groups[0]!.about).toMatchObject({ careers: ["health-information-technician"], topics: ["pay"] });
  });
});

describe("the evaluation draft", () => {
  it("is a valid evaluation set with one conversation per example wording and no expectations filled in", () => {
    const dir = scratchDir();
    const file = join(dir, "draft.yaml");
    const groups = gapGroups(RECORDS, shippedKnowledge());
    appendFileSync(file, evalDraft(groups.slice(0, 2), new Date("2026-11-30T00:00:00Z")));
    const set = loadEvaluationSet(file);
    expect(set.conversations.map((c) => [c.id, c.category, c.turns[0]!.ask])).toEqual([
      ["gap-01-astronaut-pay", "pay", "astronaut salary"],
      ["gap-01-astronaut-pay-2", "pay", "how much does an astronuat make"],
      ["gap-02-sommelier-pay", "pay", "how much do sommeliers earn"],
      ["gap-02-sommelier-pay-2", "pay", "sommelier salary"],
    ]);
    for (const conversation of set.conversations) {
      expect(conversation.turns).toHaveLength(1);
      expect(conversation.turns[0]).toMatchObject({ contains: [], excludes: [], sources: [] });
      expect(conversation.turns[0]!.kind).toBeUndefined();
    }
    expect(readFileSync(file, "utf8")).toMatch(/# asked 5 times in this group, 2026-09-03 to 2026-11-21; replies: fallback 4, clarify 1/);
  });
});

describe("career-advisor gaps", () => {
  it("reports the groups from --data, most frequent first, with dates, reply kinds and examples", () => {
    const dir = scratchDir();
    writeRecords(dir, "questions", RECORDS);
    const { code, stdout } = cli(["gaps", "--data", dir]);
    expect(code).toBe(0);
    expect(stdout).toContain("9 unanswered question(s), in 4 group(s)");
    expect(stdout).toContain("1. 5× about astronaut (not in the knowledge): pay, 2026-09-03 to 2026-11-21 (fallback 4, clarify 1)");
    expect(stdout).toContain('   "astronaut salary"');
    expect(stdout).toContain("2. 2× about sommelier: pay");
    expect(stdout).toContain("about health information technicians: pay");
  });

  it("counts only records from --since on, and prints JSON with --json", () => {
    const dir = scratchDir();
    writeRecords(dir, "questions", RECORDS);
    const { code, stdout } = cli(["gaps", "--data", dir, "--since", "2026-11-01", "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { since: string; questions: number; groups: GapGroup[] };
    expect(report.since).toBe("2026-11-01T00:00:00.000Z");
    expect(report.questions).toBe(5);
    expect(groupsOf(report.groups)).toEqual([
      [2, "how much does an astronuat make"],
      // Equal counts: the most recently asked first.
      [1, "salary of health info techs in euros"],
      [1, "what certs should I get?"],
      [1, "how much do sommeliers earn"],
    ]);
  });

  it("reports a torn line on stderr and still reports the rest", () => {
    const dir = scratchDir();
    writeRecords(dir, "questions", RECORDS);
    appendFileSync(join(dir, "questions-2026-11.jsonl"), '{"time":"2026-11-29T');
    const { code, stdout, stderr } = cli(["gaps", "--data", dir, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).questions).toBe(9);
    expect(stderr).toContain("skipped 1 unreadable line(s):\n  questions-2026-11.jsonl:6 (torn last line: a write was cut off)");
  });

  it("writes a draft evaluation set with --eval-draft", () => {
    const dir = scratchDir();
    writeRecords(dir, "questions", RECORDS);
    const draft = join(dir, "draft.yaml");
    const { code, stderr } = cli(["gaps", "--data", dir, "--limit", "1", "--eval-draft", draft]);
    expect(code).toBe(0);
    expect(stderr).toContain(`wrote 1 group(s) to ${draft}`);
    expect(loadEvaluationSet(draft).conversations).toHaveLength(2);
  });

  it("fails clearly on a missing folder or a date it cannot read", () => {
    const missing = cli(["gaps", "--data", "/nonexistent/records"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no data folder at /nonexistent/records");
    const badDate = cli(["gaps", "--data", scratchDir(), "--since", "last tuesday"]);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('--since takes a date such as 2026-01-31, got "last tuesday"');
  });
});
