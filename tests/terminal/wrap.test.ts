import { describe, expect, it } from "vitest";
import { renderReply } from "../../adapters/terminal/render.js";
import { wrapText } from "../../adapters/terminal/wrap.js";
import type { Reply } from "../../src/index.js";

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe("wrapText", () => {
  it("breaks lines between words within the width, losing no word and keeping the line breaks it had", () => {
    const text = "Health information technicians: median $37,110 and average $40,430 a year (BLS, 2015).\n\nMost of them work in hospitals.";
    const wrapped = wrapText(text, 30);
    for (const line of wrapped.split("\n")) expect(line.length).toBeLessThanOrEqual(30);
    expect(words(wrapped)).toEqual(words(text));
    expect(wrapped).toContain("\n\nMost of them work in");
    expect(wrapped.split("\n").every((line) => line === line.trimEnd())).toBe(true);
  });

  it("gives a list item a hanging indent, and leaves a word wider than the line whole", () => {
    expect(wrapText("- one two three four", 10)).toBe("- one two\n  three\n  four");
    expect(wrapText("  1) What do they earn?", 12)).toBe("  1) What do\n     they\n     earn?");
    expect(wrapText("see https://www.bls.gov/ooh/healthcare/", 12)).toBe("see\nhttps://www.bls.gov/ooh/healthcare/");
  });

  it("counts an accented letter or an emoji as one column", () => {
    expect(wrapText("café café café", 9)).toBe("café café\ncafé");
  });
});

describe("the chat's reply", () => {
  const reply: Reply = {
    kind: "answer",
    title: "Health information technicians: pay",
    text: "Health information technicians: median $37,110 and average $40,430 a year (BLS, 2015).\n- General medical and surgical hospitals, where most of them work: $43,080 a year",
    sources: [{ id: "bls", title: "U.S. Bureau of Labor Statistics (BLS)", kind: "agency", year: "2015" }],
    suggestions: ["What education do health information technicians need?"],
    careerIds: [],
    topic: "pay",
  };

  it("is wrapped to the terminal's width, colour codes not counted", () => {
    const plain = renderReply(reply, { colour: false, width: 40 });
    for (const line of plain.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
    const coloured = renderReply(reply, { colour: true, width: 40 });
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });

  it("is left unwrapped without a width (a file or a pipe)", () => {
    expect(renderReply(reply, { colour: false }).split("\n")[1]).toBe(reply.text.split("\n")[0]);
  });
});
