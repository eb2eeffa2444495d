import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shippedAdvisor } from "../helpers.js";

const KINDS = ["answer", "clarify", "fallback", "smalltalk"];

// Characters chat users and platforms produce that break naive text handling.
const awkward = fc.constantFrom(
  "\u0000", "\u0007", "\u001b[31m", "\u200b", "\u200d", "\ufeff", "\u202e", "\u2066",
  "مرحبا", "שלום", "👩🏽‍💻", "🏳️‍🌈", "e\u0301", "<@U123ABC>", "<@!123456789012345678>", "<#C1|general>",
  "@everyone", "$", "%", "\n", "\t", "health IT", "salary", "nurse", "why?", "??", ":wave:",
);
const question = fc.oneof(
  fc.string({ maxLength: 10_000 }),
  fc.string({ unit: "grapheme", maxLength: 2_000 }),
  fc.array(fc.oneof(awkward, fc.string({ maxLength: 12 })), { maxLength: 200 }).map((parts) => parts.join(" ")),
);

describe("any text", () => {
  // The engine throws on an internal failure, which fails the property with the input that caused it.
  const advisor = shippedAdvisor();

  it("gets a well-formed reply without an internal error", () => {
    fc.assert(
      fc.property(question, fc.string({ maxLength: 40 }), (text, conversationId) => {
        const reply = advisor.ask({ text, conversationId });
        expect(KINDS).toContain(reply.kind);
        expect(reply.text.trim().length).toBeGreaterThan(0);
        expect(Array.isArray(reply.sources) && Array.isArray(reply.suggestions)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("never puts a figure in a reply that is not an answer", () => {
    fc.assert(
      fc.property(question, (text) => {
        const reply = advisor.ask({ text, conversationId: "property" });
        if (reply.kind !== "answer") expect(reply.text).not.toMatch(/\$\d/);
      }),
      { numRuns: 300 },
    );
  });

  it("handles the awkward cases explicitly", () => {
    for (const text of ["", " ", "\u0000", "\u200b\u200b", "👩🏽‍💻".repeat(3_000), "a".repeat(10_000), "مرحبا كم الراتب", "\u202esalary"]) {
      expect(advisor.ask({ text, conversationId: "edge" }).text.trim().length).toBeGreaterThan(0);
    }
  });
});
