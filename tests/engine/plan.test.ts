import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/authoring.js";
import { createEngine, type ConversationState, type Knowledge, type Reply } from "../../src/index.js";
import { sourcesOf } from "../../src/knowledge/coverage.js";
import { PLAN_QUESTIONS } from "../../src/knowledge/plan-questions.js";
import type { AdvisorPlan } from "../../src/knowledge/schema.js";
import { chooseRoles, weigh, type Complete } from "../../src/intents/plan/choose.js";
import { inSubject } from "../../src/intents/plan/subjects.js";
import { planSteps } from "../../src/intents/plan/steps.js";
import { amountOf } from "../../src/compose/money.js";
import { edit } from "../knowledge/folder.js";
import { BOTH_PACKS, copyOfKnowledge, shippedKnowledge } from "../helpers.js";

/** Every way of answering the four questions. */
function everyAnswer(plan: AdvisorPlan): Complete[] {
  let all: Partial<Complete>[] = [{}];
  for (const question of PLAN_QUESTIONS) all = all.flatMap((a) => plan.questions[question].options.map((o) => ({ ...a, [question]: o.id })));
  return all as Complete[];
}

/** Figures a text states: amounts of money and percentages. */
const figuresIn = (text: string) => text.match(/[$£€][\d,]+(?:\.\d+)?|\d+(?:\.\d+)?%/g) ?? [];

/** Every figure the knowledge holds for a career, as the advisor writes it. */
function figuresOf(knowledge: Knowledge, careerId: string): Set<string> {
  const career = knowledge.careers.get(careerId)!;
  return new Set([...career.pay.map(amountOf), ...(career.outlook ? [`${career.outlook.growthPercent}%`] : [])]);
}

/** The sources a career's file cites anywhere, its plan included. */
function citableBy(knowledge: Knowledge, careerId: string): Set<string> {
  const plan = knowledge.careers.get(careerId)!.plan;
  return new Set([...sourcesOf(knowledge, careerId), ...(plan ? [...plan.schooling.sources, ...plan.interests.flatMap((i) => i.sources)] : [])]);
}

function ask(knowledge: Knowledge, ...lines: string[]): { reply: Reply; state: ConversationState | undefined } {
  const engine = createEngine(knowledge);
  let state: ConversationState | undefined;
  let reply: Reply | undefined;
  for (const line of lines) ({ reply, state } = engine.respond(line, state));
  return { reply: reply!, state };
}

describe.each(BOTH_PACKS)("a plan on the $pack knowledge", ({ dir }) => {
  const knowledge = loadKnowledge(dir);
  const plan = knowledge.advisor!.plan!;
  const combinations = everyAnswer(plan);

  it("has 3 to 6 steps for every background, schooling, interest and time", () => {
    for (const answers of combinations) {
      const roles = chooseRoles(knowledge, plan, answers)!;
      const { steps } = planSteps(knowledge, plan, answers, roles);
      expect(steps.length, JSON.stringify(answers)).toBeGreaterThanOrEqual(3);
      expect(steps.length, JSON.stringify(answers)).toBeLessThanOrEqual(6);
    }
  });

  it("states in each step only figures of the career that step is about, and cites only that career's sources", () => {
    for (const answers of combinations) {
      const { steps } = planSteps(knowledge, plan, answers, chooseRoles(knowledge, plan, answers)!);
      for (const step of steps) {
        const own = figuresOf(knowledge, step.careerId);
        for (const figure of figuresIn(step.text)) expect(own, `${figure} in a step on ${step.careerId}`).toContain(figure);
        const citable = citableBy(knowledge, step.careerId);
        for (const source of step.cited.flatMap((c) => c.sources)) expect(citable, `${source} in a step on ${step.careerId}`).toContain(source);
      }
    }
  });

  it("names under each step of the reply its sources, and only its own career's, for every combination", () => {
    for (const answers of combinations) {
      const { steps } = planSteps(knowledge, plan, answers, chooseRoles(knowledge, plan, answers)!);
      const labels = PLAN_QUESTIONS.map((q) => plan.questions[q].options.find((o) => o.id === answers[q])!.label);
      const { reply } = ask(knowledge, "help me plan", ...labels);
      const shown = reply.text.split("\n\n").filter((part) => /^\d\. /.test(part));
      expect(shown).toHaveLength(steps.length);
      shown.forEach((text, i) => {
        const step = steps[i]!;
        const line = text.split("\n").find((l) => l.startsWith("Sources: "));
        const titles = [...citableBy(knowledge, step.careerId)].map((id) => knowledge.sources.get(id)!.title);
        const named = line?.slice("Sources: ".length).split("; ") ?? [];
        for (const name of named) {
          expect(titles.some((t) => name === t || name.startsWith(`${t}, `)), `${name} under a step on ${step.careerId}`).toBe(true);
        }
        expect(named.length, `step ${i + 1} for ${JSON.stringify(answers)}`).toBe(new Set(step.cited.flatMap((c) => c.sources)).size);
      });
    }
  });

  it("names the career of every figure in the reply, for every combination, through the interview", () => {
    for (const answers of combinations) {
      const labels = PLAN_QUESTIONS.map((q) => plan.questions[q].options.find((o) => o.id === answers[q])!.label);
      const { reply } = ask(knowledge, "help me plan", ...labels);
      expect(reply.kind).toBe("answer");
      const named = (reply as Extract<Reply, { kind: "answer" }>).careerIds;
      const allowed = new Set(named.flatMap((id) => [...figuresOf(knowledge, id)]));
      for (const figure of figuresIn(reply.text)) expect(allowed, `${figure} for ${JSON.stringify(answers)}`).toContain(figure);
      expect(reply.text.match(/^\d\. /gm)?.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("the plan interview", () => {
  const knowledge = shippedKnowledge();

  it("asks each question as a question back whose options are its suggestions", () => {
    const { reply } = ask(knowledge, "/career plan");
    expect(reply.kind).toBe("clarify");
    expect(reply.suggestions).toEqual(knowledge.advisor!.plan!.questions.background.options.map((o) => o.label));
  });

  it("takes answers out of order and several at once, and asks only what is left", () => {
    const { reply, state } = ask(knowledge, "help me plan", "I'm a nurse with an associate degree, into data");
    expect(reply.text).toContain(knowledge.advisor!.plan!.questions.time.ask);
    expect(state?.plan).toEqual({ background: "clinical", schooling: "associate", interest: "data" });
  });

  it("does not ask again for a background told earlier in the conversation", () => {
    const { reply, state } = ask(knowledge, "I'm a nurse, how do I move into health IT?", "help me plan");
    expect(state?.plan).toEqual({ background: "clinical" });
    expect(reply.text).toContain(knowledge.advisor!.plan!.questions.schooling.ask);
  });

  it("picks up an interview left for another question where it stopped, and starts a finished one again", () => {
    const resumed = ask(knowledge, "help me plan", "nurse", "bachelor's", "what do health information technicians earn?", "plan");
    expect(resumed.state?.plan).toEqual({ background: "clinical", schooling: "bachelor" });
    expect(resumed.reply.text).toContain(knowledge.advisor!.plan!.questions.interest.ask);
    const again = ask(knowledge, "help me plan", "IT", "bachelor's", "data", "none", "plan");
    expect(again.state?.plan).toEqual({ background: "it" });
  });

  it("reads years of school as the time answer, but not years of experience", () => {
    expect(ask(knowledge, "plan", "I've been a nurse for 10 years").state?.plan).toEqual({ background: "clinical" });
    expect(ask(knowledge, "plan", "nurse", "bachelor's", "data", "I could study for 3 years").state?.plan?.time).toBe("four-years");
  });

  it("reads a number as the option in that place", () => {
    const { state } = ask(knowledge, "plan", "2");
    expect(state?.plan?.background).toBe("it");
  });

  it("redoes the plan when an answer changes, and says what changed", () => {
    const { reply } = ask(knowledge, "plan", "nurse", "high school", "systems", "none", "actually I have a bachelor's");
    expect(reply.text).toMatch(/^Changed: bachelor's degree instead of high school/);
    expect((reply as Extract<Reply, { kind: "answer" }>).careerIds[0]).toBe("healthcare-it-professional");
  });

  it("answers an unrelated question normally, leaving the interview", () => {
    const { reply, state } = ask(knowledge, "plan", "how much do health information technicians make?");
    expect(reply.kind).toBe("answer");
    expect(reply.text).toContain("$37,110");
    expect(state?.last.kind).toBe("answer");
  });

  it("reads a question about the plan's careers as a question, not a change of answer", () => {
    const { reply, state } = ask(knowledge, "plan", "nurse", "bachelor's", "systems", "none", "what do they do with the computers?");
    expect(reply.kind).toBe("answer");
    expect(reply.text).not.toMatch(/^Changed/);
    expect(state?.plan?.background).toBe("clinical");
  });

  it("asks the same question again when a reply says nothing it can read", () => {
    const { reply } = ask(knowledge, "plan", "hmm");
    expect(reply.kind).toBe("clarify");
    expect(reply.text).toMatch(/^I didn't catch that/);
  });

  it("leaves the careers of the plan to follow-ups", () => {
    const { reply } = ask(knowledge, "plan", "IT", "bachelor's", "systems", "none", "what do they do?");
    expect(reply.kind).toBe("answer");
    expect((reply as Extract<Reply, { kind: "answer" }>).careerIds).toEqual(["healthcare-it-professional"]);
  });

  it("is not started by a question about a named career", () => {
    const { reply } = ask(knowledge, "pharmacy tech here, thinking of going into health IT, where do I start?");
    expect(reply.kind).toBe("answer");
  });

  it("says plainly that it cannot make a plan with knowledge that has no plan questions", () => {
    const { plan: _, ...advisor } = knowledge.advisor!;
    const { reply } = ask({ ...knowledge, advisor }, "help me plan");
    expect(reply.kind).toBe("fallback");
    expect(reply.text).toMatch(/can't make a guided plan here/);
  });
});

describe("the field of the schooling a career asks for", () => {
  const yearsTo = (knowledge: Knowledge, answers: Complete, careerId: string) =>
    weigh(knowledge, knowledge.advisor!.plan!, answers).find((w) => w.career.id === careerId)!.yearsNeeded;

  it("counts a degree someone holds as meeting a career's schooling only when they name its field", () => {
    const knowledge = shippedKnowledge();
    const nurse = ask(knowledge, "plan", "I'm an RN", "associate degree", "data", "none");
    expect(nurse.state?.plan?.subjects).toBeUndefined();
    expect(yearsTo(knowledge, nurse.state!.plan as Complete, "health-information-technician")).toBe(2);
    expect(nurse.reply.text).toContain("whether the schooling you have counts towards the associate degree in health information technology");

    const technician = ask(knowledge, "plan", "I'm an RN", "an associate degree in health information technology", "data", "none");
    expect(technician.state?.plan).toMatchObject({ schooling: "associate", subjects: ["health information technology"] });
    expect(yearsTo(knowledge, technician.state!.plan as Complete, "health-information-technician")).toBe(0);
    expect(technician.reply.text).toContain("Schooling: what you have (associate degree) meets what most positions ask");
  });

  it("reads the field of their schooling said at the start, even when it is also a career's name", () => {
    const { reply, state } = ask(shippedKnowledge(), "where do I start? I'm a nurse with an associate degree in health information technology, into data");
    expect(reply.kind).toBe("clarify");
    expect(state?.plan).toEqual({ background: "clinical", schooling: "associate", interest: "data", subjects: ["health information technology"] });
  });

  it("leaves the schooling of a career that names no field met by any degree at its level", () => {
    const knowledge = shippedKnowledge();
    expect(yearsTo(knowledge, { background: "other", schooling: "bachelor", interest: "management", time: "none" }, "health-services-manager")).toBe(0);
  });

  it("works on another field's knowledge: a field the person names, or one their background's option says", () => {
    const dir = copyOfKnowledge(BOTH_PACKS[1]!.dir);
    // A test copy: the electrician's one-year electrical programme at a technical school, as its schooling.
    edit(dir, "careers/electrician.yaml", (t) => t.replace("schooling: { level: high-school,", "schooling: { level: technical, years: 1, subject: [electrical, electrical programme],"));
    const knowledge = loadKnowledge(dir);
    const answers: Complete = { background: "hands-on", schooling: "technical", interest: "wiring", time: "none" };
    expect(yearsTo(knowledge, answers, "electrician")).toBe(1);
    expect(yearsTo(knowledge, answers, "plumber")).toBe(0);
    const said = ask(knowledge, "plan", "I work construction", "a technical programme in electrical", "wiring", "none").state!.plan as Complete;
    expect(said.subjects).toEqual(["electrical"]);
    expect(yearsTo(knowledge, said, "electrician")).toBe(0);
    const schooling = knowledge.careers.get("electrician")!.plan!.schooling;
    const option = knowledge.advisor!.plan!.questions.background.options.find((o) => o.id === "hands-on")!;
    expect(inSubject(schooling, [], option)).toBe(false);
    expect(inSubject(schooling, [], { ...option, words: [...option.words, "electrical work"] })).toBe(true);
  });
});
