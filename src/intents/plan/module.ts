import { sourcesLine } from "../../chat/sources-line.js";
import { citationsFor } from "../../compose/citations.js";
import { fallback, clarify } from "../../compose/replies.js";
import { answerOf } from "../../compose/reply.js";
import { joinSections, type Section } from "../../compose/section.js";
import { starterQuestions } from "../../compose/suggestions.js";
import { topicQuestion } from "../../compose/wording.js";
import type { Knowledge } from "../../knowledge/load.js";
import { PLAN_QUESTIONS, type PlanQuestionId } from "../../knowledge/plan-questions.js";
import type { AdvisorPlan } from "../../knowledge/schema.js";
import type { PlanAnswers } from "../../state.js";
import type { Reply } from "../../types.js";
import { carried, recent, type IntentModule } from "../intent-module.js";
import { chooseRoles, type Complete } from "./choose.js";
import { gapsLine, optionWords, planSteps } from "./steps.js";

/** What a guided plan asks for: the answers so far, and which of them this message changed (with what they were). */
export type PlanAsked = { answers: PlanAnswers; changed: { question: PlanQuestionId; was: string }[]; missed?: boolean };

const nextQuestion = (answers: PlanAnswers) => PLAN_QUESTIONS.find((q) => !answers[q]);

/** The interview's next question, or the plan once every question is answered. */
export const planReply: IntentModule<"plan"> = {
  compose(knowledge, intent) {
    const plan = knowledge.advisor?.plan;
    if (!plan) {
      return fallback("I can't make a guided plan here: this knowledge has no plan questions. Ask me about any career instead.", starterQuestions(knowledge));
    }
    const next = nextQuestion(intent.answers);
    if (next) return questionReply(plan, intent, next);
    return planOf(knowledge, plan, intent) ?? fallback("None of the careers I know has what a plan needs (its schooling and what draws people to it), so I can't make one.", starterQuestions(knowledge));
  },
  remember(intent, previous, knowledge) {
    const plan = knowledge.advisor?.plan;
    if (!plan) return undefined;
    const next = nextQuestion(intent.answers);
    const state = { ...carried(previous, next ? { kind: "plan", asking: next } : { kind: "plan" }), plan: intent.answers };
    const background = plan.questions.background.options.find((o) => o.id === intent.answers.background)?.background;
    if (background) state.background = background;
    const roles = next ? undefined : chooseRoles(knowledge, plan, intent.answers as Complete);
    if (roles) state.careers = recent([roles.first.career.id, ...(roles.later ? [roles.later.career.id] : [])], previous);
    return state;
  },
};

function questionReply(plan: AdvisorPlan, { answers, missed }: PlanAsked, next: PlanQuestionId): Reply {
  const { ask, options } = plan.questions[next];
  const lead = missed ? "I didn't catch that. " : PLAN_QUESTIONS.some((q) => answers[q]) ? "" : `${plan.intro}\n\n`;
  return clarify(`${lead}${ask}`, options.map((o) => o.label));
}

function planOf(knowledge: Knowledge, plan: AdvisorPlan, { answers, changed }: PlanAsked): Reply | undefined {
  const complete = answers as Complete;
  const roles = chooseRoles(knowledge, plan, complete);
  if (!roles) return undefined;
  const { steps, gaps } = planSteps(knowledge, plan, complete, roles);
  const told = PLAN_QUESTIONS.map((q) => optionWords(plan, q, answers[q]));
  const sections: Section[] = [];
  if (changed.length) {
    const what = changed.map(({ question, was }) => `${optionWords(plan, question, answers[question])} instead of ${optionWords(plan, question, was)}`);
    sections.push({ text: `Changed: ${what.join("; ")}. Here is the plan again.`, cited: [] });
  }
  sections.push({ text: `Your plan (${told.join(", ")}):`, cited: [] });
  // Each step names its own sources under it, so a reader sees which source backs which step.
  steps.forEach((step, i) => {
    const sources = sourcesLine(citationsFor(knowledge, step.cited));
    sections.push({ text: [`${i + 1}. ${step.text}`, sources].filter(Boolean).join("\n"), cited: step.cited });
  });
  const gapSection = gapsLine(gaps);
  if (gapSection) sections.push(gapSection);
  const example = optionWords(plan, "schooling", plan.questions.schooling.options.at(-1)!.id);
  sections.push({ text: `Change any answer by saying so (for example "actually, ${example}"), and I'll redo the plan.`, cited: [] });
  const first = roles.first.career;
  return answerOf(knowledge, joinSections(sections), {
    title: "Your career plan",
    careerIds: [first.id, ...(roles.later ? [roles.later.career.id] : [])],
    topic: "plan",
    suggestions: [topicQuestion("duties", first), topicQuestion("related", first)],
  });
}
