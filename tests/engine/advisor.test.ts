import { describe, expect, it } from "vitest";
import { createAdvisor, createEmbeddedStore } from "../../src/index.js";
import { converse, shippedAdvisor, shippedKnowledge } from "../helpers.js";

describe("answers", () => {
  const advisor = shippedAdvisor();
  const ask = (text: string) => advisor.ask({ text, conversationId: `one-off:${text}` });

  it("gives pay with its figures, measure, year and source", () => {
    const reply = ask("how much do health information technicians make?");
    expect(reply.kind).toBe("answer");
    expect(reply.text).toContain("$37,110");
    expect(reply.text).toContain("$40,430");
    expect(reply.text).not.toContain("$113,269");
    expect(reply.sources.map((s) => s.id)).toEqual(["hit-specialist-article", "bls"]);
    expect(reply.sources.find((s) => s.id === "bls")?.year).toBe("2015");
  });

  it("cites every answer", () => {
    for (const text of ["what does a database administrator do", "outlook for healthcare IT", "what is CISSP", "where does your data come from"]) {
      const reply = ask(text);
      expect(reply.kind, text).toBe("answer");
      expect(reply.sources.length, text).toBeGreaterThan(0);
    }
  });

  it("keeps the glossary's general knowledge apart from the documents", () => {
    const reply = ask("what does HIMSS stand for?");
    expect(reply.text).toContain("Healthcare Information and Management Systems Society");
    expect(reply.text).toContain("general knowledge");
    expect(reply.sources.map((s) => s.id)).toContain("general-reference");
  });

  it("says there is no pay figure rather than borrowing another career's", () => {
    const reply = ask("salary of a database administrator");
    expect(reply.kind).toBe("fallback");
    expect(reply.text).toMatch(/no pay figure for database administrators/);
    expect(reply.text).not.toContain("$");
  });

  it("asks back when the question fits several careers with different answers", () => {
    const reply = ask("how much do they make?");
    expect(reply.kind).toBe("clarify");
    if (reply.kind !== "clarify") return;
    expect([...reply.options].sort()).toEqual(["How much do health information technicians earn?", "How much do healthcare IT professionals earn?"]);
    expect(reply.text).not.toContain("$");
  });

  it("answers out-of-scope questions with what it can do, never a figure", () => {
    for (const text of ["how much do pilots make?", "what's the weather like tomorrow", "asdf qwer zxcv", "how do I bake a cake"]) {
      const reply = ask(text);
      expect(reply.kind, text).toBe("fallback");
      expect(reply.text, text).not.toContain("$");
      expect(reply.suggestions.length, text).toBeGreaterThan(0);
    }
  });

  it("reads typos, abbreviations and chat noise", () => {
    const typo = ask("helth informaton technitian salery");
    const noisy = ask("<@U123ABC> HIT specialist pay??? 💸💸");
    const discord = ask("<@123456789012345678> whats the PAY for a health info tech");
    for (const reply of [typo, noisy, discord]) expect(reply.text).toContain("$37,110");
  });

  it("compares careers on pay, naming both sources", () => {
    const reply = ask("which pays more, healthcare IT or health information technician?");
    expect(reply.kind).toBe("answer");
    expect(reply.text).toContain("$95,000");
    expect(reply.text).toContain("$37,110");
    expect(reply.text).toMatch(/Healthcare IT professionals earn more/);
    expect(reply.sources.map((s) => s.id)).toEqual(expect.arrayContaining(["himss-salary-survey", "bls"]));
  });

  it("answers by background", () => {
    expect(ask("I'm a nurse, how do I move into health IT?").text).toMatch(/licensure/);
    expect(ask("I work in IT with no healthcare experience, how do I get into health IT?").text).toMatch(/CISSP/);
    expect(ask("I don't have a degree, how can I get into health IT?").text).toMatch(/associate's degree/);
  });

  it("keeps a follow-up on the conversation's topic once a background is known", () => {
    const [, pay, other, again] = converse(advisor, "I'm a respiratory therapist, how do I move into health IT?", "what would I make?", "what about health information technicians?", "and how do I get in?");
    expect(pay!.text).toContain("$95,000");
    expect(other!.text).toContain("$37,110");
    expect(other!.text).not.toMatch(/associate's degree/);
    expect(again!.text).toMatch(/associate's degree/);
  });

  it("says when a question about a known career asks something the sources do not cover", () => {
    const reply = ask("is healthcare IT remote friendly?");
    expect(reply.text).toMatch(/^My sources don't cover remote work for healthcare IT professionals\./);
  });

  it("reads working from home as the remote work the sources do not cover", () => {
    expect(ask("is working from home possible for health information technicians?").text).toMatch(/^My sources don't cover remote work \(working from home\) for health information technicians\./);
  });

  it("warns that figures are yearly and American when asked for other units or places", () => {
    expect(ask("how much do HIT specialists make per hour").text).toMatch(/^My sources don't cover hourly or monthly pay \(per hour\) for/);
    expect(ask("healthcare IT salary in pounds").text).toMatch(/^My sources don't cover pay in other currencies \(pounds\) for/);
  });

  it("answers both halves of 'what is X and do I need a degree'", () => {
    const reply = ask("WHAT IS A DATABASE ADMINISTRATOR AND DO I NEED A DEGREE");
    expect(reply.text).toMatch(/store, organise and secure information/);
    expect(reply.text).toMatch(/bachelor's degree/);
  });

  it("reads a missing degree as the asker's own background", () => {
    const reply = ask("can i do this with a GED");
    expect(reply.kind).toBe("answer");
    expect(reply.text).toContain("associate's degree");
  });

  it("does not lend a covered career's figures to a job title it does not cover", () => {
    for (const text of ["what do marketing specialists earn", "what does an MRI technician earn in a hospital?", "how much does a hospital manager make?", "what's the outlook for veterinary technicians"]) {
      const reply = ask(text);
      expect(reply.kind, text).toBe("fallback");
      expect(reply.text, text).not.toMatch(/\$|%/);
    }
  });

  it("ranks every career with figures when asked for the best", () => {
    const reply = ask("which career has the best job growth?");
    expect(reply.kind).toBe("answer");
    expect(reply.text).toContain("22%");
    expect(reply.text).toContain("15%");
  });

  it("says a career has no figure for a pay group rather than giving another's", () => {
    const reply = ask("how much do health information technician executives make?");
    expect(reply.text).toMatch(/no pay figure for that group/);
    expect(reply.text).not.toContain("$189,435");
  });

  it("greets and helps without sources", () => {
    for (const text of ["hi", "help", "thanks!"]) {
      const reply = ask(text);
      expect(reply.kind, text).toBe("smalltalk");
      expect(reply.sources).toEqual([]);
    }
  });

  it("keeps every suggestion short enough for a button and askable as-is", () => {
    const reply = ask("what do health information technicians do?");
    expect(reply.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of reply.suggestions) {
      expect(suggestion.length).toBeLessThanOrEqual(80);
      expect(ask(suggestion).kind, suggestion).toBe("answer");
    }
  });
});

describe("conversations", () => {
  it("carries the career into follow-ups", () => {
    const [, pay, hospitals, why] = converse(
      shippedAdvisor(),
      "what do health information technicians do?",
      "what about salary?",
      "and in hospitals?",
      "what's the outlook? why?",
    );
    expect(pay!.text).toContain("$37,110");
    expect(hospitals!.text).toContain("$43,080");
    expect(hospitals!.text).not.toContain("$37,110");
    expect(why!.text).toMatch(/ageing population/);
    expect(converse(shippedAdvisor(), "health information technician pay", "why?")[1]!.text).toMatch(/\$37,110[\s\S]*My sources give no reason for these figures\.$/);
  });

  it("offers a loose spelling match back instead of acting on it, and takes a yes", () => {
    const [doubt, yes] = converse(shippedAdvisor(), "heatlh informaton tecnician salary", "yes");
    expect(doubt!.kind).toBe("clarify");
    expect(doubt!.text).toBe("Did you mean health information technicians?");
    expect(yes!.text).toContain("$37,110");
  });

  it("takes an option of a question back by its position", () => {
    const [, byNumber] = converse(shippedAdvisor(), "which certs should I get", "1");
    const [clarify, bySecond] = converse(shippedAdvisor(), "what's the pay like", "the second one");
    expect(byNumber!.kind).toBe("answer");
    expect(clarify!.kind === "clarify" && clarify!.options[1]).toMatch(/healthcare IT professionals/);
    expect(bySecond!.text).toContain("$113,269");
  });

  it("answers a clarifying question's choice", () => {
    const [clarify, answer] = converse(shippedAdvisor(), "what's the salary?", "healthcare IT");
    expect(clarify!.kind).toBe("clarify");
    expect(answer!.text).toContain("$113,269");
  });

  it("keeps conversations apart", () => {
    const advisor = shippedAdvisor();
    advisor.ask({ text: "tell me about database administrators", conversationId: "a" });
    expect(advisor.ask({ text: "how much do they make?", conversationId: "b" }).kind).toBe("clarify");
    expect(advisor.ask({ text: "how much do they make?", conversationId: "a" }).kind).toBe("fallback");
  });

  it("forgets a conversation after it has been quiet too long", async () => {
    let now = 0;
    const { conversations } = createEmbeddedStore({ logger: { info: () => {}, warn: () => {} }, now: () => now, conversationTtlMs: 1_000 });
    const advisor = createAdvisor(shippedKnowledge(), conversations);
    await advisor.ask({ text: "health information technician pay", conversationId: "c" });
    now = 999;
    expect((await advisor.ask({ text: "and in hospitals?", conversationId: "c" })).text).toContain("$43,080");
    now = 999 + 1_001;
    expect((await advisor.ask({ text: "how much do they earn?", conversationId: "c" })).kind).toBe("clarify");
  });

  it("remembers at most the configured number of conversations, dropping the least recent", async () => {
    const { conversations } = createEmbeddedStore({ logger: { info: () => {}, warn: () => {} }, maxConversations: 2 });
    const advisor = createAdvisor(shippedKnowledge(), conversations);
    for (const id of ["x", "y"]) await advisor.ask({ text: "health information technician pay", conversationId: id });
    await advisor.ask({ text: "and in hospitals?", conversationId: "x" });
    await advisor.ask({ text: "healthcare IT pay", conversationId: "z" });
    expect((await advisor.ask({ text: "how much do they earn?", conversationId: "x" })).text).toContain("$37,110");
    expect((await advisor.ask({ text: "how much do they earn?", conversationId: "y" })).kind).toBe("clarify");
  });

  it("forgets on request", () => {
    const advisor = shippedAdvisor();
    advisor.ask({ text: "health information technician pay", conversationId: "r" });
    advisor.forget("r");
    expect(advisor.ask({ text: "how much do they earn?", conversationId: "r" }).kind).toBe("clarify");
  });
});
