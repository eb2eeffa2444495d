import type { Career, Topic } from "../knowledge/schema.js";

// Presentation words in one place, so every reply speaks about topics the same way.

export const TOPIC_LABEL: Readonly<Record<Topic, string>> = Object.freeze({
  overview: "overview",
  duties: "duties",
  education: "education",
  certifications: "certifications",
  pay: "pay",
  outlook: "job outlook",
  workplaces: "workplaces",
  paths: "ways in",
  related: "related careers",
});

/** A question about a topic for a career, worded so the advisor understands it when asked back. */
export function topicQuestion(topic: Topic, career: Pick<Career, "plural" | "name">): string {
  const who = career.plural;
  switch (topic) {
    case "overview":
      return `What do ${who} do?`;
    case "duties":
      return `What are the duties of ${who}?`;
    case "education":
      return `What education do ${who} need?`;
    case "certifications":
      return `Which certifications help ${who}?`;
    case "pay":
      return `How much do ${who} earn?`;
    case "outlook":
      return `What is the job outlook for ${who}?`;
    case "workplaces":
      return `Where do ${who} work?`;
    case "paths":
      return `How do I become ${withArticle(career.name)}?`;
    case "related":
      return `What careers are related to ${who}?`;
  }
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
