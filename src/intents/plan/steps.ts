import { sourcesOf } from "../../knowledge/coverage.js";
import type { Knowledge } from "../../knowledge/load.js";
import type { PlanQuestionId } from "../../knowledge/plan-questions.js";
import type { AdvisorPlan } from "../../knowledge/schema.js";
import type { Cited } from "../../compose/citations.js";
import { citedOf, type Section } from "../../compose/section.js";
import { topicSection } from "../../compose/topics/index.js";
import { listing, withArticle } from "../../compose/wording.js";
import type { Complete, Roles, Weighed } from "./choose.js";

/** One step of a plan: about one career, citing only that career's sources. */
export type Step = { careerId: string; text: string; cited: Cited[] };

const FIRST_WORKPLACES = 1;
const NOT_COVERED_SHOWN = 3;

/** What the career's file and the sources it cites say they have nothing on. */
function notCoveredOf(knowledge: Knowledge, careerId: string): string[] {
  const career = knowledge.careers.get(careerId)!;
  const sources = [...sourcesOf(knowledge, careerId)].flatMap((id) => knowledge.sources.get(id)?.notCovered ?? []);
  return [...new Set([...career.notCovered, ...sources].map((entry) => entry.what))];
}

/** An option as it reads inside a sentence: its label without the examples in brackets, lower-case but for acronyms ("IT"). */
export function optionWords(plan: AdvisorPlan, question: PlanQuestionId, id: string | undefined): string {
  const label = (plan.questions[question].options.find((o) => o.id === id)?.label ?? "").replace(/\s*\([^)]*\)/g, "");
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

const years = (n: number | undefined) => (n === undefined ? "my sources don't say how long it takes" : `${n} year${n === 1 ? "" : "s"}`);

/**
 * The steps, in the order someone takes them: the role to aim for and why, its schooling, its
 * certifications, first jobs with their pay, the outlook, then a further role. Each says only what its
 * career's file says; a career with nothing on a step has no such step (first jobs excepted, which says
 * so), and the gap is returned.
 */
export function planSteps(knowledge: Knowledge, plan: AdvisorPlan, answers: Complete, roles: Roles): { steps: Step[]; gaps: string[] } {
  const { first, later } = roles;
  const career = first.career;
  const gaps: string[] = [];
  const ofFirst = (text: string, cited: Cited[]): Step => ({ careerId: career.id, text, cited });
  const steps = [roleStep(plan, answers, first), ofFirst(schoolingText(plan, answers, first), [{ sources: career.plan.schooling.sources }, ...educationPoints(first).map(citedOf)])];

  const certifications = career.topics.certifications?.points ?? [];
  if (certifications.length) steps.push(ofFirst(`Certifications: ${certifications.map((p) => p.text).join(" ")}`, certifications.map(citedOf)));
  else gaps.push(`certifications for ${career.plural}`);

  const workplaces = (career.topics.workplaces?.points ?? []).slice(0, FIRST_WORKPLACES);
  const pay = topicSection(knowledge, career, { topic: "pay", scopes: [], why: false });
  if (!pay) gaps.push(`pay for ${career.plural}`);
  const jobs = [`First jobs: ${workplaces.map((p) => p.text).join(" ") || `as ${withArticle(career.name)}.`}`, pay ? `Pay: ${pay.text}` : `My sources give no pay figure for ${career.plural}.`];
  steps.push(ofFirst(jobs.join("\n"), [...workplaces.map(citedOf), ...(pay?.cited ?? [])]));

  const outlook = topicSection(knowledge, career, { topic: "outlook", scopes: [], why: false });
  if (outlook) steps.push(ofFirst(`Outlook: ${outlook.text}`, outlook.cited));
  else gaps.push(`the job outlook for ${career.plural}`);

  if (first.yearsNeeded > 0 && answers.schooling !== plan.questions.schooling.options[0]!.id) {
    const { level, subject } = career.plan.schooling;
    gaps.push(`whether the schooling you have counts towards the ${optionWords(plan, "schooling", level)}${subject ? ` in ${subject[0]}` : ""}`);
  }
  gaps.push(...notCoveredOf(knowledge, career.id).slice(0, NOT_COVERED_SHOWN));
  if (later) {
    steps.push(laterStep(knowledge, plan, later));
    if (!topicSection(knowledge, later.career, { topic: "pay", scopes: [], why: false })) gaps.push(`pay for ${later.career.plural}`);
  }
  return { steps, gaps };
}

/** The role to aim for first, and why: what in it draws them, and the way in from their background. */
function roleStep(plan: AdvisorPlan, answers: Complete, first: Weighed): Step {
  const { career } = first;
  const interest = first.interestAt === undefined ? undefined : career.plan.interests[first.interestAt]!;
  const background = plan.questions.background.options.find((o) => o.id === answers.background)?.background;
  const path = first.hasPath && background ? career.paths[background]! : [];
  const parts = [
    `Aim first for: ${career.name}.`,
    first.reachable ? "" : "Every role in my sources takes more school than the time you have; this is the quickest to reach.",
    interest?.text ?? "",
    ...path.map((p) => p.text),
    interest ? "" : `My sources do not tie it to ${optionWords(plan, "interest", answers.interest)}.`,
  ];
  return { careerId: career.id, text: parts.filter(Boolean).join(" "), cited: [...(interest ? [citedOf(interest)] : []), ...path.map(citedOf)] };
}

function educationPoints(w: Weighed) {
  return (w.career.topics.education?.points ?? []).slice(0, 1);
}

function schoolingText(plan: AdvisorPlan, answers: Complete, w: Weighed): string {
  const { level, years: length } = w.career.plan.schooling;
  const needed = optionWords(plan, "schooling", level);
  const held = optionWords(plan, "schooling", answers.schooling);
  const head = w.yearsNeeded === 0 ? `Schooling: what you have (${held}) meets what most positions ask (${needed}).` : `Schooling: ${needed}, ${years(length)}.`;
  return [head, ...educationPoints(w).map((p) => p.text)].join(" ");
}

/** A role further on: its schooling, why it fits, and its pay in brief, all from its own file. */
function laterStep(knowledge: Knowledge, plan: AdvisorPlan, w: Weighed): Step {
  const { career } = w;
  const interest = w.interestAt === undefined ? undefined : career.plan.interests[w.interestAt]!;
  const pay = topicSection(knowledge, career, { topic: "pay", scopes: [], why: false, brief: true });
  const { level, years: length, sources } = career.plan.schooling;
  const lines = [
    `Later: ${withArticle(career.name)}.${interest ? ` ${interest.text}` : ""} Schooling: ${optionWords(plan, "schooling", level)}, ${years(length)}.`,
    ...(pay ? [`Pay: ${pay.text}`] : [`My sources give no pay figure for ${career.plural}.`]),
  ];
  return { careerId: career.id, text: lines.join("\n"), cited: [{ sources }, ...(interest ? [citedOf(interest)] : []), ...(pay?.cited ?? [])] };
}

/** What the plan could not say for the careers it names, in one sentence. */
export function gapsLine(gaps: readonly string[]): Section | undefined {
  return gaps.length ? { text: `What my sources cannot say: ${listing([...new Set(gaps)])}.`, cited: [] } : undefined;
}
