import type { FileFinding } from "./cross-check.js";
import { choices, didYouMean } from "./messages.js";
import { ADVISOR_FILE } from "./files.js";
import { item, list, unknownSource } from "./raw.js";

const ids = (value: unknown): string[] => list(value).flatMap((o) => (typeof item(o).id === "string" ? [item(o).id as string] : []));

/**
 * A career's place in the guided plan names options of advisor.yaml's plan questions, and cites sources:
 * each must exist. Read defensively, like the other cross-checks, so one round of `check` shows everything.
 */
export function planCheck(
  advisor: unknown,
  careers: readonly { file: string; data: unknown }[],
  sourceIds: readonly string[] | undefined,
): { problems: FileFinding[]; warnings: FileFinding[] } {
  const findings: FileFinding[] = [];
  // A folder without the plan's questions still loads: its careers' plans are simply never used.
  const warnings: FileFinding[] = [];
  const plan = item(item(advisor).plan);
  const questions = item(plan.questions);
  const levels = ids(item(questions.schooling).options);
  const interests = ids(item(questions.interest).options);
  const hasPlan = Object.keys(plan).length > 0;

  for (const [question, value] of Object.entries(questions)) {
    const options = ids(item(value).options);
    options.forEach((id, i) => {
      if (options.indexOf(id) !== i) findings.push({ file: ADVISOR_FILE, at: ["plan", "questions", question, "options", i, "id"], message: `the option id \`${id}\` is used more than once in this question; give each option its own id` });
    });
  }

  for (const { file, data } of careers) {
    const careerPlan = item(item(data).plan);
    if (!Object.keys(careerPlan).length) continue;
    if (!hasPlan) {
      warnings.push({ file, at: ["plan"], message: `this career has a \`plan:\` but ${ADVISOR_FILE} has none, so no plan is offered; add the plan's questions to ${ADVISOR_FILE} or remove this \`plan:\`` });
      continue;
    }
    const schooling = item(careerPlan.schooling);
    const level = schooling.level;
    if (typeof level === "string" && !levels.includes(level)) {
      findings.push({ file, at: ["plan", "schooling", "level"], message: `unknown schooling \`${level}\`${didYouMean(level, levels)}; use an option id of the schooling question in ${ADVISOR_FILE}: ${choices(levels)}` });
    }
    cite(file, ["plan", "schooling", "sources"], schooling.sources);
    list(careerPlan.interests).forEach((interest, i) => {
      const id = item(interest).id;
      if (typeof id === "string" && !interests.includes(id)) {
        findings.push({ file, at: ["plan", "interests", i, "id"], message: `unknown interest \`${id}\`${didYouMean(id, interests)}; use an option id of the interest question in ${ADVISOR_FILE}: ${choices(interests)}` });
      }
      cite(file, ["plan", "interests", i, "sources"], item(interest).sources);
    });
  }
  return { problems: findings, warnings };

  function cite(file: string, at: readonly PropertyKey[], sources: unknown) {
    if (!sourceIds) return;
    list(sources).forEach((id, i) => {
      if (typeof id === "string" && !sourceIds.includes(id)) {
        findings.push({ file, at: [...at, i], message: unknownSource(id, sourceIds) });
      }
    });
  }
}
