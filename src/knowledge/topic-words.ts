import type { FileFinding } from "./cross-check.js";
import type { Vocabulary } from "./schema.js";
import { TOPICS } from "./topics.js";

/**
 * Warnings, not errors: topics vocabulary.yaml gives no words for. A pack written before a topic was added
 * still loads; only weaker words, acronyms and follow-ups lead a question to that topic.
 */
export function topicsWithoutWords(vocabulary: Vocabulary): FileFinding[] {
  return TOPICS.filter((topic) => !vocabulary.topics[topic]?.length).map((topic) => ({
    file: "vocabulary.yaml",
    at: ["topics"],
    message: `no words ask about the topic \`${topic}\`, so a question reaches it only through weaker words, acronyms or a follow-up; list some under \`topics: ${topic}:\``,
  }));
}
