import fc from "fast-check";
import { distance } from "fastest-levenshtein";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { allowedEdits, spellingFor, SPELLING_THRESHOLD } from "../../src/records/spelling.js";

/** What each typed word (with how often it was typed) is read as, given the knowledge's words. */
function corrected(known: string[], typed: Record<string, number>): Record<string, string | undefined> {
  const words = Object.keys(typed);
  const meant = spellingFor(new Set(known), words, Object.values(typed));
  return Object.fromEntries(words.map((word, id) => [word, meant[id]]));
}

describe("spelling correction for the gaps report", () => {
  it("folds a misspelling into the known word it is one slip from", () => {
    expect(corrected(["salary", "astronaut"], { salery: 1, astronuat: 3 })).toEqual({ salery: "salary", astronuat: "astronaut" });
  });

  it("lets a word the knowledge lacks, asked more than once, gather its own misspellings", () => {
    expect(corrected(["pay"], { podiatrist: 5, podiatrst: 1, podiatrists: 1 })).toEqual({ podiatrist: undefined, podiatrst: "podiatrist", podiatrists: "podiatrist" });
    // Asked once, a word has nothing to say about other spellings.
    expect(corrected(["pay"], { podiatrist: 1, podiatrst: 1 })).toEqual({ podiatrist: undefined, podiatrst: undefined });
  });

  it("prefers the fewest edits, then the word asked most", () => {
    expect(corrected(["what", "way"], { wat: 1, what: 3, way: 1 }).wat).toBe("what");
    expect(corrected(["what", "way"], { wat: 1, what: 1, way: 3 }).wat).toBe("way");
    expect(corrected(["wages", "wage"], { wagess: 1 }).wagess).toBe("wages");
  });

  it("lets fuse.js rank words equally near and equally asked: a word that holds the typed one whole comes first", () => {
    expect(corrected(["aabcd", "abcde"], { abcd: 1 }).abcd).toBe("abcde");
    expect(corrected(["abcde", "aabcd"], { abcd: 1 }).abcd).toBe("abcde");
  });

  it("leaves short words, numbers, plurals of known words and words far from any other alone", () => {
    expect(corrected(["it", "pay", "nurse"], { iy: 1, "401k": 1, pya: 1, nurses: 1, zebra: 1 })).toEqual({ iy: undefined, "401k": undefined, pya: undefined, nurses: undefined, zebra: undefined });
  });

  // The edit bound is what decides, so fuse.js is asked only to rank equals; that holds only while fuse.js accepts
  // every word within the bound.
  it("allows only edits that fuse.js accepts as a misspelling", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdeilnorstu0%"), minLength: 3, maxLength: 40 });
    const edit = fc.tuple(fc.constantFrom("insert", "delete", "replace"), fc.nat(), fc.constantFrom(..."abeinostz"));
    fc.assert(
      fc.property(word, fc.array(edit, { minLength: 1, maxLength: 10 }), (typed, edits) => {
        let candidate = typed;
        for (const [kind, at, letter] of edits) {
          const i = at % (candidate.length + 1);
          candidate = candidate.slice(0, i) + (kind === "delete" ? "" : letter) + candidate.slice(kind === "insert" ? i : i + 1);
        }
        fc.pre(Math.abs(candidate.length - typed.length) <= 1 && distance(typed, candidate) <= allowedEdits(typed));
        expect(Fuse.match(typed, candidate, { threshold: SPELLING_THRESHOLD }).isMatch).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });
});
