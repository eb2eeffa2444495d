// The questions of a career plan's interview, in the order they are asked. Apart from the schema so the
// engine can walk the interview without loading the validator.

export const PLAN_QUESTIONS = ["background", "schooling", "interest", "time"] as const;

export type PlanQuestionId = (typeof PLAN_QUESTIONS)[number];
