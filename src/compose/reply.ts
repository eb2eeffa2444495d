import type { Knowledge } from "../knowledge/load.js";
import type { Reply } from "../types.js";
import { citationsFor } from "./citations.js";
import type { Section } from "./section.js";
import { MAX_SUGGESTION_LENGTH } from "./suggestions.js";

export function answerOf(
  knowledge: Knowledge,
  section: Section,
  details: { title: string; careerIds: string[]; topic: string; suggestions: string[]; uncovered?: string[] },
): Reply {
  return { kind: "answer", text: section.text, sources: citationsFor(knowledge, section.cited), ...details };
}

/** Suggestions once each, and only those short enough for every platform's buttons. */
export function tidySuggestions(reply: Reply): Reply {
  const suggestions = [...new Set(reply.suggestions)].filter((s) => s.length <= MAX_SUGGESTION_LENGTH);
  return { ...reply, suggestions };
}
