import { describe, expect, it } from "vitest";
import { createEngine, type ConversationState, type Reply } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { BOTH_PACKS } from "../helpers.js";

describe.each(BOTH_PACKS)("conditions the sources do not have, on the $pack pack", ({ dir }) => {
  const knowledge = loadKnowledge(dir);
  const engine = createEngine(knowledge);
  const career = [...knowledge.careers.values()].find((c) => c.pay.length)!;
  const figure = career.pay[0]!;
  const ask = (...questions: string[]): Reply => {
    let state: ConversationState | undefined;
    let reply: Reply | undefined;
    for (const q of questions) ({ reply, state } = engine.respond(q, state));
    return reply!;
  };
  const uncovered = (reply: Reply) => (reply.kind === "answer" ? (reply.uncovered ?? []) : []);
  const payQuestion = `how much do ${career.plural} make`;

  it("a year the sources do not describe is said first to be not covered, and the figures keep their own year", () => {
    const reply = ask(`${payQuestion} in 2031?`);
    expect(reply.kind).toBe("answer");
    expect(reply.text).toMatch(/^My sources don't cover figures for 2031/);
    expect(uncovered(reply)).toContain("figures for 2031");
    expect(reply.text).toContain(figure.year);
  });

  it("a condition asked alone after an answer asks the same question of the same career under it", () => {
    const reply = ask(payQuestion, "in 2031?");
    expect(reply.text).toMatch(/^My sources don't cover figures for 2031/);
    expect(reply.text).toContain(figure.year);
    expect(reply.kind === "answer" && reply.topic).toBe("pay");
  });

  it("the year of the sources' own figures is covered", () => {
    expect(uncovered(ask(`${payQuestion} in ${figure.year}?`))).toEqual([]);
  });

  it("the present is beyond the sources: the reply names the newest year they hold", () => {
    const reply = ask(`${payQuestion} nowadays?`);
    expect(uncovered(reply).join()).toMatch(/^anything newer than \d{4}$/);
  });

  it("a state, from the gazetteer, is not covered by national figures, and the figures are labelled as national", () => {
    const reply = ask(`${payQuestion} in Ohio?`);
    expect(reply.text).toMatch(/^My sources don't cover Ohio \(their figures are for the United States as a whole\)/);
  });

  it("a country other than the sources' is not covered; the sources' own country is", () => {
    expect(ask(`${payQuestion} in Kenya?`).text).toMatch(/^My sources don't cover Kenya/);
    expect(uncovered(ask(`${payQuestion} in the United States?`))).toEqual([]);
  });

  it("a place as a follow-up keeps the conversation's career and topic", () => {
    const reply = ask(`${payQuestion}?`, "ok and in Georgia specifically?");
    expect(reply.kind).toBe("answer");
    expect(reply.kind === "answer" && reply.careerIds).toEqual([career.id]);
    expect(reply.text).toMatch(/^My sources don't cover Georgia/);
  });

  it("money and ways of working the careers' words never mention are not covered", () => {
    expect(uncovered(ask(`do ${career.plural} get bonuses?`))).toContain("bonuses");
    expect(uncovered(ask(`${payQuestion}?`, "do they work nights?"))).toContain("nights");
  });

  it("words nothing in the knowledge explains are never named in the not-covered preamble", () => {
    const reply = ask(`${career.plural} qwertyuiop zxcvbnm`);
    expect(reply.text).not.toMatch(/qwertyuiop|zxcvbnm/i);
  });

  it("a place name inside a longer name, or used as a word, is not a place", () => {
    expect(ask(`does the Mayo Clinic hire ${career.plural}?`).text).not.toMatch(/cover Mayo/);
    expect(uncovered(ask(`${payQuestion}?`, "would more schooling help down the line?"))).not.toContain("Down");
  });
});
