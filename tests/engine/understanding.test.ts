import { describe, expect, it } from "vitest";
import { createEngine, type ConversationState } from "../../src/index.js";
import { shippedKnowledge } from "../helpers.js";

const engine = createEngine(shippedKnowledge());

function conversation(...lines: string[]) {
  let state: ConversationState | undefined;
  let last: ReturnType<typeof engine.explain> | undefined;
  for (const line of lines) {
    last = engine.explain(line, state);
    state = last.next;
  }
  return last!;
}

describe("chat spellings of function words", () => {
  it.each(["wat", "wut", "hw", "u", "ur", "r", "y"])("never read %s as a job's name", (spelling) => {
    const { understanding, reply } = conversation(`${spelling} do plumbers earn`);
    expect(understanding.otherJobs.flatMap((job) => job.split(" "))).not.toContain(spelling);
    expect(reply.text).toMatch(/^I have nothing on plumbers:/);
  });

  it("read as the words they stand for", () => {
    expect(conversation("y is health info tech growing").understanding.cues.has("why")).toBe(true);
    expect(conversation("hw much do health info techs make").reply.text).toContain("$37,110");
  });
});

describe("shortened career names", () => {
  it("pick the one career they fit", () => {
    expect(conversation("what do the techs do all day").decision).toMatchObject({ kind: "answer", careers: ["health-information-technician"] });
    expect(conversation("what do the managers do").decision).toMatchObject({ kind: "answer", careers: ["health-services-manager"] });
    expect(conversation("what do the database guys do").decision).toMatchObject({ kind: "answer", careers: ["database-administrator"] });
  });

  it("pick a career each when a question shortens two names", () => {
    const explained = conversation("what do the managers and the techs earn");
    expect(explained.decision).toMatchObject({ kind: "answer" });
    expect(explained.decision.kind === "answer" && [...explained.decision.careers].sort()).toEqual(["health-information-technician", "health-services-manager"]);
  });

  it("pick the one in the conversation when several fit", () => {
    const explained = conversation("what education do database administrators need", "and what do the specialists earn");
    expect(explained.decision).toMatchObject({ careers: ["database-administrator"] });
  });

  it("ask back when several fit and none is in the conversation", () => {
    const explained = conversation("what education do the specialists need");
    expect(explained.decision.kind).toBe("which-career");
    expect(explained.decision.kind === "which-career" && [...explained.decision.options].sort()).toEqual(["database-administrator", "health-information-technician"]);
  });

  it("leave a title qualified by a word nobody knows as another job", () => {
    expect(conversation("how much do healthcare IT professionals make", "what does an MRI technician earn").reply.kind).toBe("fallback");
  });
});

describe("a greeting, thanks or goodbye around a question", () => {
  it.each(["hey so", "thanks! and", "ok bye, but"])("does not swallow the question (%s)", (lead) => {
    const { reply } = conversation(`${lead} what do health information technicians earn?`);
    expect(reply.kind).toBe("answer");
    expect(reply.text).toContain("$37,110");
  });
});

describe("questions the sources cannot answer", () => {
  it("say so, with the name inside the question's shape", () => {
    const explained = conversation("how many database administrators are there");
    expect(explained.understanding.cues.has("beyondSources")).toBe(true);
  });

  it("count only what the sources count: years of schooling and the survey, not employers", () => {
    expect(conversation("where do health info techs work", "how many hospitals employ them").reply.text).toMatch(/^My sources don't/);
    expect(conversation("what do health info techs need to study", "how many years is that").reply.text).not.toMatch(/^My sources don't/);
    expect(conversation("how many people answered the HIMSS survey").reply.text).toContain("1,126");
  });

  it("after an answer, say so in a few lines rather than repeat the answer", () => {
    const first = conversation("where do health information technicians work");
    const then = conversation("where do health information technicians work", "how many of them are there");
    expect(then.reply.text).toMatch(/don't|do not/);
    expect(then.reply.text.length).toBeLessThan(first.reply.text.length);
  });
});

describe("what a job does", () => {
  it.each(["what does a DBA do, in plain terms", "what does a DBA do exactly?", "what does a DBA do"])("%s asks for the duties", (question) => {
    expect(conversation(question).decision).toMatchObject({ kind: "answer", careers: ["database-administrator"], topics: ["duties"] });
  });

  it("a closing 'do' with no 'what' before it stands for another verb", () => {
    expect(conversation("how much do health information technicians make?", "do they need a license like radiology techs do?").decision).toMatchObject({ topics: ["certifications"] });
  });
});
