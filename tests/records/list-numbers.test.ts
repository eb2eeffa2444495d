import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ListNumbers } from "../../src/records/list-numbers.js";

describe("numbering lists of numbers", () => {
  it("gives equal lists one number and each new list the next, the empty list and prefixes included", () => {
    const numbers = new ListNumbers();
    const lists = [[1, 2, 3], [1, 2], [], [1, 2, 3], [3, 2, 1], [], [1, 2, 3, 0], [70_000], [1, 2]];
    expect(lists.map((list) => numbers.numberOf(list, 0, list.length))).toEqual([0, 1, 2, 0, 3, 2, 4, 5, 1]);
  });

  it("reads the part of a list it is given", () => {
    const numbers = new ListNumbers();
    const words = [9, 4, 5, 4, 5, 9];
    expect([numbers.numberOf(words, 1, 3), numbers.numberOf(words, 3, 5), numbers.numberOf(words, 0, 2)]).toEqual([0, 0, 1]);
  });

  it("agrees with a map keyed by the joined list, however many lists it holds", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat({ max: 40 }), { maxLength: 5 }), { maxLength: 3_000 }), (lists) => {
        const numbers = new ListNumbers();
        const byText = new Map<string, number>();
        for (const list of lists) {
          const text = list.join(",");
          if (!byText.has(text)) byText.set(text, byText.size);
          expect(numbers.numberOf(list, 0, list.length)).toBe(byText.get(text));
        }
      }),
      { numRuns: 50 },
    );
  });
});
