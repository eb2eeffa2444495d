import { careersWith } from "./topics/index.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Background } from "../knowledge/schema.js";
import { TOPICS, TOPIC_WORDS } from "../knowledge/topics.js";
import { topicQuestion } from "./wording.js";

// How the advisor speaks of itself and its field: from the knowledge's advisor.yaml, or, without one,
// in words that name no field, built from the careers it has.

const BACKGROUND_WORDS: Readonly<Record<Background, string>> = Object.freeze({
  clinical: "a clinical background",
  it: "an IT background",
  "no-degree": "no degree yet",
});

/** "careers in the skilled trades", when the knowledge names its field. */
export function fieldOf(knowledge: Knowledge): string | undefined {
  return knowledge.advisor?.field;
}

/** The topics offered in help and greetings, in the knowledge's order, or every topic some career covers. */
export function offeredTopics(knowledge: Knowledge): string[] {
  const topics = knowledge.advisor?.offers ?? TOPICS.filter((t) => t !== "overview" && careersWith(knowledge, t).length);
  return topics.map((t) => TOPIC_WORDS[t].offer);
}

/** Example questions for help: the knowledge's own, or two built from its first careers. */
export function exampleQuestions(knowledge: Knowledge): string[] {
  if (knowledge.advisor) return knowledge.advisor.examples;
  const [first] = careersWith(knowledge, "pay").map((id) => knowledge.careers.get(id)!);
  const any = knowledge.careers.values().next().value;
  return [first && topicQuestion("pay", first), any && topicQuestion("paths", any)].filter((q): q is string => Boolean(q)).map(lowerFirst);
}

export function followUpExamples(knowledge: Knowledge): string[] {
  return knowledge.advisor?.followUpExamples ?? [];
}

export function backgroundLabel(knowledge: Knowledge, background: Background): string {
  return knowledge.advisor?.backgrounds[background] ?? BACKGROUND_WORDS[background];
}

/** "one report", "3 fact sheets", "the reports" (no count): what the documents are called. */
export function documentsNoun(knowledge: Knowledge, count?: number): string {
  const noun = knowledge.advisor?.documentNoun ?? { one: "document", many: "documents" };
  if (count === undefined) return `the ${noun.many}`;
  return count === 1 ? `one ${noun.one}` : `${count} ${noun.many}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
