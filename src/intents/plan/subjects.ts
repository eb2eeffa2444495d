import { perKnowledge } from "../../knowledge/coverage.js";
import type { Knowledge } from "../../knowledge/load.js";
import type { AdvisorPlan, CareerPlan } from "../../knowledge/schema.js";
import { saysPhrase, toWords } from "../../understand/normalise.js";

type Option = AdvisorPlan["questions"]["background"]["options"][number];

/** Every field of study the careers' schooling names. */
const subjects = perKnowledge((knowledge, _: undefined): readonly string[] => [
  ...new Set([...knowledge.careers.values()].flatMap((career) => career.plan?.schooling.subject ?? [])),
]);

/** The fields of study a message names ("my associate's is in accounting"), as the careers name them. */
export function subjectsIn(knowledge: Knowledge, words: readonly string[]): string[] {
  return subjects(knowledge, undefined).filter((subject) => saysPhrase(words, subject));
}

/**
 * Whether schooling someone holds is in the field a career's schooling asks for: any field does when it
 * names none; otherwise one they named, or one the option of their background says. A degree in
 * history is not the associate degree in accounting a bookkeeper's positions ask for.
 */
export function inSubject(schooling: CareerPlan["schooling"], said: readonly string[], background: Option | undefined): boolean {
  if (!schooling.subject) return true;
  const backgroundSays = background ? [background.label, ...background.words].map((phrase) => toWords(phrase)) : [];
  return schooling.subject.some((subject) => said.includes(subject) || backgroundSays.some((words) => saysPhrase(words, subject)));
}
