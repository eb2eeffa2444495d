import type { Knowledge } from "../knowledge/load.js";
import { careersWith, hasTopic, SUGGESTED } from "./topics/index.js";
import type { Career, Topic } from "../knowledge/schema.js";
import { topicQuestion } from "./wording.js";

const MAX_SUGGESTIONS = 3;
/** Platforms cap button labels; 80 fits them all. */
export const MAX_SUGGESTION_LENGTH = 80;

/** Follow-up questions on the topics not covered yet that the knowledge can answer for this career. */
export function suggestTopics(knowledge: Knowledge, career: Career, covered: readonly Topic[]): string[] {
  return SUGGESTED.filter((topic) => !covered.includes(topic) && hasTopic(knowledge, career.id, topic))
    .map((topic) => topicQuestion(topic, career))
    .slice(0, MAX_SUGGESTIONS);
}

/** Starter questions for someone who does not know what to ask: the knowledge's own, or built from its careers. */
export function starterQuestions(knowledge: Knowledge): string[] {
  const own = knowledge.advisor?.suggestions ?? [];
  if (own.length) return own.slice(0, MAX_SUGGESTIONS);
  const [first, second] = careersWith(knowledge, "pay").slice(0, 2).map((id) => knowledge.careers.get(id)!);
  const any = knowledge.careers.values().next().value;
  const starters = [first && topicQuestion("pay", first), second && topicQuestion("education", second), any && topicQuestion("paths", any)];
  return [...new Set(starters.filter((s): s is string => Boolean(s)))];
}
