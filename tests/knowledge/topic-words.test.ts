import { afterEach, describe, expect, it, vi } from "vitest";
import { runCheck } from "../../adapters/terminal/check.js";
import { describeProblem } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { conversationsWith, converse, copyOfKnowledge } from "../helpers.js";
import { edit } from "./folder.js";

/** A copy of the shipped folder whose vocabulary has no words for related careers, as a pack written before that topic. */
function withoutRelatedWords(): string {
  const dir = copyOfKnowledge();
  edit(dir, "vocabulary.yaml", (text) => text.replace(/^ {2}related: \[.*\]\n/m, ""));
  return dir;
}

describe("a vocabulary without words for a topic", () => {
  afterEach(() => vi.restoreAllMocks());

  it("still loads and answers, with a warning naming the topic and the file", () => {
    const knowledge = loadKnowledge(withoutRelatedWords());
    const warnings = knowledge.warnings.map(describeProblem);
    expect(warnings).toEqual([expect.stringMatching(/^vocabulary\.yaml.*no words ask about the topic `related`/)]);
    const [reply] = converse(conversationsWith(knowledge), "how much do health information technicians earn?");
    expect(reply).toMatchObject({ kind: "answer", topic: "pay" });
  });

  it("is shown by `check`, which still passes the folder", async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((text) => written.push(String(text)) > 0);
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    await runCheck(withoutRelatedWords());
    expect(process.exitCode ?? 0).toBe(0);
    expect(written.join("")).toMatch(/1 warning\(s\)[^]*vocabulary\.yaml.*`related`/);
  });
});
