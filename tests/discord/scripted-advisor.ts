import type { Advisor, Asked, Citation, Reply } from "../../src/index.js";

export const FAIL = "make the engine fail";
export const LONG = "tell me everything";
export const SUGGESTIONS = ["What does a clinical analyst earn?", "How do I become a health informatics specialist?"];
export const SOURCES: Citation[] = [
  { id: "healthcare-it-article", title: "Healthcare IT (careers article)", kind: "document" },
  { id: "bls", title: "U.S. Bureau of Labor Statistics (BLS)", kind: "agency", year: "2015" },
];

/** About 10,000 characters in paragraphs of whole sentences: several messages' worth on any platform. */
export const LONG_TEXT = Array.from({ length: 18 }, (_, p) =>
  Array.from({ length: 6 }, (_, s) => `Paragraph ${p + 1}, sentence ${s + 1} walks through one more detail of working in health informatics.`).join(" "),
).join("\n\n");

/** An advisor whose replies the tests can predict: it echoes the question, and fails or rambles on cue. */
export function scriptedAdvisor() {
  const asked: Asked[] = [];
  const advisor: Advisor = {
    async ask(question): Promise<Reply> {
      asked.push(question);
      if (question.text === FAIL) throw new Error("the knowledge index is broken");
      const text = question.text === LONG ? LONG_TEXT : `You asked: ${question.text}\n\nHealth informatics pays well.`;
      return { kind: "answer", title: "Health informatics", text, sources: SOURCES, suggestions: SUGGESTIONS, careerIds: [], topic: "pay" };
    },
    async forget() {},
  };
  return { advisor, asked };
}
