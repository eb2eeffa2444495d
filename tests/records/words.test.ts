import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordsOf } from "../../src/records/words.js";
import { toWords } from "../../src/understand/normalise.js";

describe("the gaps report's reading of words", () => {
  it.each([
    "wat do astronauts earn",
    "Astronaut salary?",
    "what's the pay of astronauts",
    "hey, wage of geraitric telehealth architects??",
    "salary of health info techs in euros",
    "does it pay $37,110 or 100% more",
    "what does I.T. pay",
    "café worker pay – ｆｕｌｌ width",
    "pay :moneybag: https://example.org/x",
    "tab\there",
    "<@U123> pay",
    "x".repeat(1_200) + " pay",
    "",
  ])("agrees with the advisor's own reading: %j", (text) => {
    expect(wordsOf(text)).toEqual(toWords(text));
  });

  it("agrees with the advisor's own reading of any text made of words, digits and punctuation", () => {
    const piece = fc.oneof(fc.string({ unit: fc.constantFrom(..." aZ9%$'`.,?!-_/()\"\\i"), maxLength: 12 }), fc.constantFrom("I.T.", "it's", "1,000", "Http", " '", "' "));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(wordsOf(text)).toEqual(toWords(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
