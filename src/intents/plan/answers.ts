import type { Reading } from "../../decide/reading.js";
import { PLAN_QUESTIONS, type PlanQuestionId } from "../../knowledge/plan-questions.js";
import type { AdvisorPlan } from "../../knowledge/schema.js";
import type { PlanAnswers } from "../../state.js";
import { saysPhrase, toWords } from "../../understand/normalise.js";
import { subjectsIn } from "./subjects.js";

type Option = AdvisorPlan["questions"][PlanQuestionId]["options"][number];

/** "2 years", "two years", "a couple of years": a count of years of school the asker can give. */
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, couple: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * The options a message picks, question by question: the options' own words, a background the
 * vocabulary reads, a job the knowledge does not cover, a number of years, and, for the question just
 * asked, its option's label or its place in the list ("2"); and the fields of study it names.
 */
export function answersIn(reading: Reading, plan: AdvisorPlan, asking: PlanQuestionId | undefined): PlanAnswers {
  const { u } = reading;
  const found: PlanAnswers = {};
  const pick = (question: PlanQuestionId, option: Option | undefined) => {
    if (option && !found[question]) found[question] = option.id;
  };
  for (const { question, option } of u.planAnswers) pick(question, plan.questions[question].options.find((o) => o.id === option));
  for (const question of PLAN_QUESTIONS) {
    const { options } = plan.questions[question];
    for (const background of u.backgrounds) pick(question, options.find((o) => o.background === background));
    // The job someone names that the knowledge does not cover is still their job.
    if (u.otherJobs.length || u.backgroundJobs.length) pick(question, options.find((o) => o.otherJobs));
  }
  const years = yearsIn(u.words);
  if (years !== undefined) pick("time", timeOption(plan, years));
  if (asking && !found[asking]) {
    const { options } = plan.questions[asking];
    pick(asking, u.ordinal && u.ordinal > 0 ? options[u.ordinal - 1] : options.find((o) => labelPicks(u.words, o.label)));
  }
  const subjects = subjectsIn(reading.knowledge, u.words);
  if (subjects.length) found.subjects = subjects;
  return found;
}

/** Answers given before and now: a later answer to a question replaces the earlier one, and fields of study add up. */
export function withAnswers(before: PlanAnswers, given: PlanAnswers): PlanAnswers {
  const subjects = [...new Set([...(before.subjects ?? []), ...(given.subjects ?? [])])];
  return { ...before, ...given, ...(subjects.length ? { subjects } : {}) };
}

/** The smallest time option that allows `years`, or the one without a limit. */
function timeOption(plan: AdvisorPlan, years: number): Option | undefined {
  const options = plan.questions.time.options;
  const fitting = options.filter((o) => o.years === undefined || o.years >= years);
  return fitting.sort((a, b) => (a.years ?? Infinity) - (b.years ?? Infinity))[0];
}

/** "A 2 year degree" is schooling, and "10 years as a welder", "5 years of experience" are a career so far: not time for school. */
const NOT_TIME = /^(degree|diploma|program|programme|course|experience|ago|old|as|in|at)$/;
/** "I've been a welder for 10 years", "worked in retail for 5 years": a career so far, said before the count. */
const WORKED = /^(been|worked|working)$/;
const WORKED_REACH = 4;

function yearsIn(words: readonly string[]): number | undefined {
  for (let i = 1; i < words.length; i++) {
    const after = words[i + 1] === "of" ? words[i + 2] : words[i + 1];
    if (!/^years?$/.test(words[i]!) || NOT_TIME.test(after ?? "")) continue;
    if (words.slice(Math.max(0, i - 1 - WORKED_REACH), i - 1).some((w) => WORKED.test(w))) continue;
    const before = words[i - 1]!;
    const count = /^\d+$/.test(before) ? Number(before) : before === "of" ? NUMBER_WORDS[words[i - 2] ?? ""] : NUMBER_WORDS[before];
    if (count !== undefined) return count;
  }
  return undefined;
}

/** An option's label typed back (a button pressed), or an answer that starts with its first word ("IT, self taught"). */
function labelPicks(words: readonly string[], label: string): boolean {
  return words[0] === toWords(label)[0] || saysPhrase(words, label);
}
