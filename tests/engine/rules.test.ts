import { describe, expect, it } from "vitest";
import { RULES } from "../../src/intents/table.js";
import { createEngine, type ConversationState } from "../../src/index.js";
import { shippedKnowledge } from "../helpers.js";

const engine = createEngine(shippedKnowledge());

/** The rule that decides `question` after `before` in one conversation. */
function ruleFor(question: string, ...before: string[]) {
  let state: ConversationState | undefined;
  for (const line of before) state = engine.respond(line, state).state;
  return engine.explain(question, state);
}

// One case per rule: a question that rule decides, and the kind of reply it leads to.
const CASES: [rule: string, kind: string, question: string, ...before: string[]][] = [
  ["empty", "fallback", "?!"],
  ["other-language", "fallback", "¿Cuánto gana un administrador de bases de datos?"],
  ["plan", "clarify", "help me plan"],
  ["plan-answer", "clarify", "I'm a nurse", "help me plan"],
  ["smalltalk", "smalltalk", "hello there"],
  ["expand-acronym", "answer", "what does that stand for?", "what certifications help healthcare IT professionals?"],
  ["picked-term", "answer", "and the last one?", "what certifications help healthcare IT professionals?"],
  ["acronym-alone", "answer", "what is CISSP"],
  ["about-sources", "answer", "says who?", "how much do health information technicians earn?"],
  ["more-on-sources", "answer", "and them?", "where does your data come from?"],
  ["other-job", "fallback", "what does an actuary earn", "how much do health information technicians earn?"],
  ["did-you-mean", "clarify", "heatlh informaton tecnician salary"],
  ["which-named", "clarify", "what education do the specialists need"],
  ["unknown-words", "fallback", "banana bread recipe"],
  ["comparison-picked", "answer", "health information technicians and healthcare IT professionals", "compare the pay"],
  ["compare", "answer", "which pays more, health information technicians or healthcare IT?"],
  ["compare-again", "answer", "and education?", "which pays more, health information technicians or healthcare IT?"],
  ["rank", "answer", "which career pays the most?"],
  ["less-schooling", "answer", "is there a shorter path?", "what education do database administrators need?"],
  ["background-paths", "answer", "I'm a nurse, how do I get in?"],
  ["which-career", "clarify", "what certs should I get?"],
  ["nothing-to-answer", "fallback", "and?"],
  ["answer", "answer", "how much do health information technicians make?"],
];

describe("the rules", () => {
  it("have unique names, and every rule has a case below", () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(CASES.map(([rule]) => rule).sort()).toEqual([...names].sort());
  });

  it.each(CASES)("%s decides a %s reply", (rule, kind, question, ...before) => {
    const explained = ruleFor(question, ...before);
    expect(explained.rule).toBe(rule);
    expect(explained.reply.kind).toBe(kind);
  });

  it("try a job outside the knowledge before the conversation's careers can be inherited", () => {
    const names = RULES.map((r) => r.name);
    expect(names.indexOf("other-job")).toBeLessThan(names.indexOf("answer"));
    expect(names.indexOf("other-job")).toBeLessThan(names.indexOf("compare"));
  });
});

describe("the conversation state", () => {
  it("is plain JSON: a state sent through JSON.stringify carries the conversation on unchanged", () => {
    let state: ConversationState | undefined;
    let copied: ConversationState | undefined;
    for (const line of ["what certs should I get?", "the second one", "and pay?", "why?", "what does CISSP stand for?"]) {
      const direct = engine.respond(line, state);
      const viaJson = engine.respond(line, copied);
      expect(viaJson.reply).toEqual(direct.reply);
      state = direct.state;
      copied = JSON.parse(JSON.stringify(viaJson.state)) as ConversationState;
    }
  });

  it("is not changed by respond, which keeps no memory of its own", () => {
    const { state } = engine.respond("how much do health information technicians make?", undefined);
    const frozen = JSON.stringify(state);
    engine.respond("and in hospitals?", state);
    expect(JSON.stringify(state)).toBe(frozen);
    expect(engine.respond("and in hospitals?", undefined).reply.kind).not.toBe("answer");
  });

  it("remembers what happened last as one value", () => {
    const { state } = engine.respond("what certs should I get?", undefined);
    expect(state?.last).toEqual({ kind: "which-career", options: ["health-information-technician", "healthcare-it-professional"] });
  });
});
