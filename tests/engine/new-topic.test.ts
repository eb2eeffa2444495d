import { describe, expect, it, vi } from "vitest";
import { loadKnowledge } from "../../src/authoring.js";
import type * as Topics from "../../src/knowledge/topics.js";
import { edit } from "../knowledge/folder.js";
import { conversationsWith, converse, copyOfKnowledge } from "../helpers.js";

// A topic added as docs/architecture.md says: one entry in src/knowledge/topics.ts (added here by standing
// in for that module), words that ask for it in vocabulary.yaml, and points under it in a career's file.
vi.mock("../../src/knowledge/topics.js", async (importOriginal) => {
  const actual = await importOriginal<typeof Topics>();
  const conditions = { label: "working conditions", offer: "working conditions", ask: "What are the working conditions of {who}?", suggest: 9 };
  const TOPIC_WORDS = { ...actual.TOPIC_WORDS, conditions };
  return { ...actual, TOPIC_WORDS, TOPICS: Object.keys(TOPIC_WORDS) };
});

function withConditions(): string {
  const dir = copyOfKnowledge();
  edit(dir, "vocabulary.yaml", (text) => text.replace(/^topics:\n/m, "topics:\n  conditions: [working conditions, shift work, night shifts]\n"));
  edit(dir, "careers/database-administrator.yaml", (text) =>
    text.replace(
      /^topics:\n/m,
      'topics:\n  conditions:\n    points:\n      - text: "Database administrators may be on call outside office hours when systems fail."\n        sources: [hit-specialist-article]\n',
    ),
  );
  return dir;
}

describe("a topic added as data", () => {
  const knowledge = loadKnowledge(withConditions());
  const advisor = conversationsWith(knowledge);

  it("loads without a warning about it", () => {
    expect(knowledge.warnings.filter((w) => w.message.includes("conditions"))).toEqual([]);
  });

  it("is answered from the career's points, under its label", () => {
    const [reply] = converse(advisor, "what are the working conditions of database administrators?");
    expect(reply).toMatchObject({ kind: "answer", topic: "conditions", careerIds: ["database-administrator"], title: "Database administrator: working conditions" });
    expect(reply!.text).toContain("on call outside office hours");
    expect(reply!.sources.map((s) => s.id)).toContain("hit-specialist-article");
  });

  it("is carried by a follow-up, and found for the one career that covers it when none is named", () => {
    const [, followUp] = converse(advisor, "how much do database administrators earn?", "and their night shifts?");
    expect(followUp).toMatchObject({ kind: "answer", topic: "conditions", careerIds: ["database-administrator"] });
    const [unnamed] = converse(advisor, "what about shift work?");
    expect(unnamed).toMatchObject({ kind: "answer", topic: "conditions", careerIds: ["database-administrator"] });
  });

  it("says so in its own words for a career whose file has nothing on it", () => {
    const [reply] = converse(advisor, "what are the working conditions of health information technicians?");
    expect(reply).toMatchObject({ kind: "fallback", topic: "conditions" });
    expect(reply!.text).toMatch(/^My sources give nothing on the working conditions for health information technicians, so I won't guess\./);
  });
});
