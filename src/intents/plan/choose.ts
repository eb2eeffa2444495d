import type { Knowledge } from "../../knowledge/load.js";
import type { PlanQuestionId } from "../../knowledge/plan-questions.js";
import type { AdvisorPlan, Career, CareerPlan } from "../../knowledge/schema.js";
import type { PlanAnswers } from "../../state.js";
import { inSubject } from "./subjects.js";

/** Every question answered: an option id each, and the fields of study they named. */
export type Complete = Record<PlanQuestionId, string> & Pick<PlanAnswers, "subjects">;

/** A career weighed for someone: how well it fits, and the school it would take them. */
export type Weighed = {
  career: Career & { plan: CareerPlan };
  /** Years of school before the career's usual schooling is met: none when they already hold it (in its field, if it names one), Infinity when the sources do not say how long it takes. */
  yearsNeeded: number;
  /** Within the time they have for school. */
  reachable: boolean;
  /** Where the interest stands in the career's list of what draws people to it, if it is there. */
  interestAt?: number;
  /** The sources describe a way in from their background. */
  hasPath: boolean;
  score: number;
};

/** The roles of a plan: the one to aim for first, and a further one the sources set above it, if any. */
export type Roles = { first: Weighed; later?: Weighed };

/**
 * Weighs every career the knowledge places in a plan. What draws them counts most (the strongest
 * interest of a career 3, the next 2, any other 1); a way in from their background 2; a role their
 * schooling already meets exactly (its level, and its field where it names one) 2, as the furthest it
 * takes them without more school; and the quickest roles to reach 1, since a first role is a first
 * rung: earning sooner counts.
 */
export function weigh(knowledge: Knowledge, plan: AdvisorPlan, answers: Complete): Weighed[] {
  const levels = plan.questions.schooling.options.map((o) => o.id);
  const held = levels.indexOf(answers.schooling);
  const option = plan.questions.background.options.find((o) => o.id === answers.background);
  const background = option?.background;
  const limit = plan.questions.time.options.find((o) => o.id === answers.time)?.years ?? Infinity;
  const weighed: Weighed[] = [];
  for (const career of knowledge.careers.values()) {
    if (!career.plan) continue;
    const need = levels.indexOf(career.plan.schooling.level);
    const holds = held >= need && inSubject(career.plan.schooling, answers.subjects ?? [], option);
    const yearsNeeded = holds ? 0 : (career.plan.schooling.years ?? Infinity);
    const at = career.plan.interests.findIndex((i) => i.id === answers.interest);
    const hasPath = Boolean(background && career.paths[background]?.length);
    const score = (at < 0 ? 0 : Math.max(3 - at, 1)) + (hasPath ? 2 : 0) + (yearsNeeded === 0 && need === held ? 2 : 0);
    weighed.push({ career: career as Weighed["career"], yearsNeeded, reachable: yearsNeeded <= limit, ...(at < 0 ? {} : { interestAt: at }), hasPath, score });
  }
  const quickest = Math.min(...weighed.map((w) => w.yearsNeeded));
  return weighed.map((w) => (w.yearsNeeded === quickest ? { ...w, score: w.score + 1 } : w));
}

/**
 * The best role within their time for school, by fit; on a tie, one the sources describe a way in to from
 * their background, then the quickest to reach, then the one asking most schooling (the furthest their
 * schooling takes them). When none is within their time, the quickest to reach. The later role asks
 * more schooling than the first and fits them by interest or background.
 */
export function chooseRoles(knowledge: Knowledge, plan: AdvisorPlan, answers: Complete): Roles | undefined {
  const levels = plan.questions.schooling.options.map((o) => o.id);
  const level = (w: Weighed) => levels.indexOf(w.career.plan.schooling.level);
  const all = weigh(knowledge, plan, answers);
  const byFit = (a: Weighed, b: Weighed) =>
    b.score - a.score || Number(b.hasPath) - Number(a.hasPath) || order(a.yearsNeeded, b.yearsNeeded) || level(b) - level(a);
  const reachable = all.filter((w) => w.reachable).sort(byFit);
  const first = reachable[0] ?? [...all].sort((a, b) => order(a.yearsNeeded, b.yearsNeeded) || byFit(a, b))[0];
  if (!first) return undefined;
  const later = all
    .filter((w) => w !== first && level(w) > level(first) && (w.interestAt !== undefined || w.hasPath))
    .sort(byFit)[0];
  return later ? { first, later } : { first };
}

/** Ascending, with Infinity (a length the sources do not give) after every known one. */
const order = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);
