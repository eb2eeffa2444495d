import { describe, expect, it } from "vitest";
import { graphemeLength, graphemes, splitMessage, truncate } from "../../src/index.js";

describe("splitMessage", () => {
  it("returns short text whole", () => {
    expect(splitMessage("Hello there.", 2000)).toEqual(["Hello there."]);
    expect(splitMessage("   ", 10)).toEqual([]);
  });

  it("splits at line breaks, then sentence ends, then spaces, never mid-word", () => {
    const text = "First line here.\nSecond sentence one. Second sentence two.\nthird";
    const parts = splitMessage(text, 25);
    expect(parts).toEqual(["First line here.", "Second sentence one.", "Second sentence two.", "third"]);
    const words = splitMessage("alpha beta gamma delta epsilon", 11);
    expect(words).toEqual(["alpha beta", "gamma delta", "epsilon"]);
  });

  it("keeps every part within the limit and loses no words", () => {
    const text = Array.from({ length: 300 }, (_, i) => `Sentence number ${i} says something useful.`).join(" ");
    const parts = splitMessage(text, 2000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(graphemeLength(part)).toBeLessThanOrEqual(2000);
    expect(parts.join(" ").split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it("counts graphemes, so an emoji is never cut in half", () => {
    const family = "👩‍👩‍👧‍👦";
    const parts = splitMessage(family.repeat(5), 2);
    expect(parts).toEqual([family.repeat(2), family.repeat(2), family]);
    expect(family.length).toBe(11);
  });

  it("cuts only a word longer than the limit", () => {
    expect(splitMessage(`ok ${"x".repeat(7)}`, 3)).toEqual(["ok", "xxx", "xxx", "x"]);
  });

  it("rejects a limit that is not a positive integer", () => {
    expect(() => splitMessage("text", 0)).toThrow(RangeError);
  });
});

describe("graphemes", () => {
  it("gives the same clusters for long text as for short pieces of it", () => {
    const unit = "e\u0301 👍🏽 ab ";
    const long = unit.repeat(500);
    expect(graphemes(long)).toEqual(Array.from({ length: 500 }, () => graphemes(unit)).flat());
  });
});

describe("truncate", () => {
  it("shortens to the limit with an ellipsis, by grapheme", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("👍🏽👍🏽👍🏽", 2)).toBe("👍🏽…");
    expect(truncate("short", 10)).toBe("short");
  });
});
