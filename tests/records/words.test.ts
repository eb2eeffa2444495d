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
});
