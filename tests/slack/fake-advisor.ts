import type { Advisor, Asked, Reply } from "../../src/index.js";

// An advisor whose replies the tests choose, and which remembers every question it was asked.

export type FakeAdvisor = Advisor & { readonly asked: Asked[] };

export const SUGGESTIONS = ["What does a health informatics specialist earn?", "How do I move into healthcare IT?"];

/** A full answer: title, two paragraphs, a cited source with a year, and two suggestions. */
export function answerTo(question: Asked): Reply {
  return {
    kind: "answer",
    title: "Health informatics",
    text: `You asked: ${question.text}\n\nHealth informatics joins clinical work and data.`,
    sources: [{ id: "bls-ooh", title: "U.S. Bureau of Labor Statistics (BLS)", kind: "agency", year: "2024" }],
    suggestions: SUGGESTIONS,
    careerIds: ["health-informatics"],
    topic: "overview",
  };
}

export function createFakeAdvisor(reply: (question: Asked) => Reply = answerTo): FakeAdvisor {
  const asked: Asked[] = [];
  return {
    asked,
    async ask(question) {
      asked.push(question);
      return reply(question);
    },
    async forget() {},
  };
}
