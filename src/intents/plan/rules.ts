import type { Reading } from "../../decide/reading.js";
import { perKnowledge } from "../../knowledge/coverage.js";
import { toWords } from "../../understand/normalise.js";
import { PLAN_QUESTIONS } from "../../knowledge/plan-questions.js";
import type { Rule } from "../intent-module.js";
import { answersIn, withAnswers } from "./answers.js";
import { subjectsIn } from "./subjects.js";

/**
 * "Help me plan", "where do I start?": starts the interview, with any answers the message already gives. A
 * question naming a career asks about that career instead, unless the name is the field of their schooling.
 */
export const startPlan: Rule = {
  name: "plan",
  decide(reading) {
    const { u, knowledge } = reading;
    // Starting an interview changes what every later message means, so a typo ("plain") never starts one.
    if (!u.cues.has("plan") || (u.careers.length && !namesSubjectsOnly(reading)) || u.corrections.some((c) => planWords(knowledge, undefined).has(c.to))) return undefined;
    const plan = knowledge.advisor?.plan;
    if (!plan) return { kind: "plan", answers: {}, changed: [] };
    // An interview left for another question picks up where it stopped; a finished one starts again.
    const before = reading.state?.plan;
    const unfinished = before && PLAN_QUESTIONS.some((question) => !before[question]) ? before : {};
    const answers = withAnswers(unfinished, answersIn(reading, plan, undefined));
    // A background told earlier in the conversation ("I run a shop, how do I get in?") is not asked again.
    const told = plan.questions.background.options.find((o) => o.background && o.background === reading.state?.background);
    if (!answers.background && told) answers.background = told.id;
    return { kind: "plan", answers, changed: [] };
  },
};

/**
 * During the interview, or after the plan: answers, out of order or several at once, and changes to earlier
 * ones. A message naming a career, or with no answer in it, leaves the interview, unless it says nothing
 * else at all.
 */
export const planAnswer: Rule = {
  name: "plan-answer",
  decide(reading) {
    const { u, state, knowledge } = reading;
    const plan = knowledge.advisor?.plan;
    if (!plan || state?.last.kind !== "plan") return undefined;
    // A question about a named career is a question about it, even when its words would answer ("health
    // information" is data), unless the name is the field of their schooling ("my associate's is in health
    // information technology").
    if (u.careers.length && !namesSubjectsOnly(reading)) return undefined;
    const asking = state.last.asking;
    // Once the plan is given, a question with a topic in it ("what do they do with computers?") asks about
    // the plan's careers; a change speaks of oneself ("actually I have a bachelor's").
    if (!asking && !u.cues.has("selfReference") && (u.topics.length || u.weakTopics.length)) return undefined;
    const before = state.plan ?? {};
    const given = answersIn(reading, plan, asking);
    if (!Object.keys(given).length) return asking && saysNothingElse(reading) ? { kind: "plan", answers: before, changed: [], missed: true } : undefined;
    const changed = PLAN_QUESTIONS.flatMap((question) => {
      const was = before[question];
      return was && given[question] && given[question] !== was ? [{ question, was }] : [];
    });
    return { kind: "plan", answers: withAnswers(before, given), changed };
  },
};

/** Every career the message names is one whose schooling's field it names: it speaks of what they studied. */
function namesSubjectsOnly({ u, knowledge }: Reading): boolean {
  const said = subjectsIn(knowledge, u.words);
  return said.length > 0 && u.careers.every((id) => knowledge.careers.get(id)?.plan?.schooling.subject?.some((subject) => said.includes(subject)));
}

/** Nothing in the message another rule could answer: no topic, acronym, name or smalltalk. */
function saysNothingElse({ u, smalltalk }: Reading): boolean {
  return !u.topics.length && !u.weakTopics.length && !u.terms.length && !smalltalk && !u.shortNamed.length && !u.cues.has("sources") && !u.cues.has("why");
}

/** Every word of the phrases that ask for a plan. */
const planWords = perKnowledge((knowledge, _: undefined): ReadonlySet<string> => new Set(knowledge.vocabulary.plan.flatMap((phrase) => toWords(phrase))));
