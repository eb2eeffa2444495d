import type { Career, Topic } from "../knowledge/schema.js";
import { TOPIC_WORDS } from "../knowledge/topics.js";

// Presentation words in one place, so every reply speaks about topics the same way.

/** "job outlook": a topic as it reads in a sentence. */
export const labelOf = (topic: Topic): string => TOPIC_WORDS[topic].label;

/** A question about a topic for a career, worded so the advisor understands it when asked back. */
export function topicQuestion(topic: Topic, career: Pick<Career, "plural" | "name">): string {
  return TOPIC_WORDS[topic].ask.replace("{who}", career.plural).replace("{a name}", withArticle(career.name));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c" */
export function listing(items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export function bullets(lines: readonly string[]): string {
  return lines.map((line) => `- ${line}`).join("\n");
}

/** "a web developer", "an IT manager": the name as it reads after a verb, first letter lowered unless it is an acronym. */
export function withArticle(name: string): string {
  const lowered = /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  return `${/^[aeiou]/i.test(lowered) ? "an" : "a"} ${lowered}`;
}

/** "auditor" → "auditors", "actuary" → "actuaries"; a name already plural stays as it is. */
export function plural(name: string): string {
  if (/(s|ce)$/.test(name)) return name;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(ch|sh|x)$/.test(name)) return `${name}es`;
  return `${name}s`;
}
