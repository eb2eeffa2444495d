import { describe, expect, it } from "vitest";
import { questionButtons, questionFromCustomId } from "../../adapters/discord/buttons.js";
import { codePointLength, splitToFit, truncateToFit } from "../../adapters/discord/fit.js";
import { LIMITS, renderReply } from "../../adapters/discord/render.js";
import { graphemeLength, sourcesLine, type Citation, type Reply } from "../../src/index.js";

const reply = (fields: Partial<Reply>): Reply => ({ kind: "answer", text: "", sources: [], suggestions: [], careerIds: [], topic: "", ...fields }) as Reply;
const cite = (n: number): Citation => ({ id: `s${n}`, title: `Survey number ${n} of salaries in healthcare information technology`, kind: "survey", year: "2015" });
const embedTotal = (embed: { title?: string; description?: string; footer?: { text: string } }) =>
  codePointLength(embed.title ?? "") + codePointLength(embed.description ?? "") + codePointLength(embed.footer?.text ?? "");

describe("rendering a reply", () => {
  it("puts the title, the text, the sources line and the suggestions in one message when they fit", () => {
    const sources = [cite(1)];
    const [message, ...more] = renderReply(reply({ title: "Pay", text: "One.\n\nTwo.", sources, suggestions: ["What next?"] }));
    expect(more).toEqual([]);
    expect(message!.embeds).toEqual([{ title: "Pay", description: "One.\n\nTwo.", footer: { text: sourcesLine(sources) } }]);
    expect(message!.components).toEqual([{ type: 1, components: [{ type: 2, style: 2, label: "What next?", custom_id: "ask:What next?" }] }]);
    expect(message!.content).toBeUndefined();
  });

  it("keeps every embed within 6,000 characters when a long title and footer join a long text", () => {
    const sources = Array.from({ length: 60 }, (_, n) => cite(n));
    const messages = renderReply(reply({ title: "T".repeat(300), text: "Word after word goes here. ".repeat(300), sources }));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      const [embed] = message.embeds as { title?: string; description: string; footer?: { text: string } }[];
      expect(embedTotal(embed!)).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(codePointLength(embed!.description)).toBeLessThanOrEqual(LIMITS.description);
    }
    const first = messages[0]!.embeds![0] as { title: string };
    const last = messages.at(-1)!.embeds![0] as { footer: { text: string } };
    expect(graphemeLength(first.title)).toBe(LIMITS.title);
    expect(first.title.endsWith("…")).toBe(true);
    expect(codePointLength(last.footer.text)).toBeLessThanOrEqual(LIMITS.footer);
  });

  it("escapes markdown so the text shows as written and an echoed masked link stays inert", () => {
    const [message] = renderReply(reply({ text: "Ask about *C++* or [free pay](https://example.com)\n# not a heading" }));
    expect((message!.embeds![0] as { description: string }).description).toBe(
      "Ask about \\*C++\\* or \\[free pay](https://example.com)\n\\# not a heading",
    );
  });

  it("offers a clarification's options before its suggestions, as buttons", () => {
    const clarify: Reply = { kind: "clarify", text: "Which one?", sources: [], suggestions: ["Later?"], options: ["Coders?", "Analysts?"] };
    const [message] = renderReply(clarify);
    const labels = (message!.components![0] as { components: { label: string }[] }).components.map((b) => b.label);
    expect(labels).toEqual(["Coders?", "Analysts?", "Later?"]);
  });

  it("quotes the question a button asked above the answer", () => {
    const [message] = renderReply(reply({ text: "Yes." }), "Is it *hard*?");
    expect(message!.content).toBe("> Is it \\*hard\\*?");
  });
});

describe("suggestion buttons", () => {
  it("makes at most five distinct buttons whose custom id carries the question back", () => {
    const questions = ["A?", "B?", "A?", "C?", "D?", "E?", "F?"];
    const row = questionButtons(questions)!;
    expect(row.components.map((b) => b.label)).toEqual(["A?", "B?", "C?", "D?", "E?"]);
    expect(row.components.map((b) => questionFromCustomId(b.custom_id))).toEqual(["A?", "B?", "C?", "D?", "E?"]);
  });

  it("leaves out a question too long for a custom id rather than have Discord refuse the message", () => {
    const long = "x".repeat(97);
    expect(questionButtons([long, "Short?"])!.components.map((b) => b.label)).toEqual(["Short?"]);
    expect(questionButtons([long])).toBeUndefined();
  });

  it("does not mistake another custom id for a question", () => {
    expect(questionFromCustomId("share:123")).toBeUndefined();
  });
});

describe("fitting text to Discord's limits", () => {
  const family = "👨‍👩‍👧‍👦"; // one grapheme, seven code points

  it("never cuts a grapheme, and keeps each part within the limit in code points too", () => {
    const text = `${family} `.repeat(100);
    const parts = splitToFit(text, 40);
    for (const part of parts) {
      expect(codePointLength(part)).toBeLessThanOrEqual(40);
      expect(part.replaceAll(family, "").trim()).toBe("");
    }
    expect(parts.join(" ").split(family).length - 1).toBe(100);
  });

  it("truncates by grapheme, then by code points, ending with an ellipsis", () => {
    const cut = truncateToFit(family.repeat(20), 30);
    expect(codePointLength(cut)).toBeLessThanOrEqual(30);
    expect(cut).toBe(family.repeat(4) + "…");
  });

  it("trims a single overlong grapheme to its first code points", () => {
    const zalgo = "e" + "\u0301".repeat(50);
    expect(splitToFit(zalgo, 10)).toEqual(["e" + "\u0301".repeat(9)]);
    expect(truncateToFit(zalgo, 10)).toBe("e" + "\u0301".repeat(9));
  });
});
