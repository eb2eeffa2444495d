import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { renderNotice, renderReply } from "../../adapters/slack/render.js";
import { graphemeLength, type Reply } from "../../src/index.js";

const reply = (fields: Partial<Reply> = {}): Reply =>
  ({ kind: "answer", text: "Health informatics joins clinical work and data.", sources: [], suggestions: [], careerIds: [], topic: "overview", ...fields }) as Reply;

type Block = { type: string; text?: { text: string }; elements?: { text: string | { text: string }; value?: string }[] };
const blocksOf = (message: { blocks?: unknown[] }) => (message.blocks ?? []) as Block[];
const sections = (message: { blocks?: unknown[] }) => blocksOf(message).filter((b) => b.type === "section").map((b) => b.text!.text);

describe("renderReply", () => {
  test("splits long text into sections of at most 3,000 characters, at paragraph and sentence ends, losing nothing", () => {
    const paragraph = "A health information technician codes records. ".repeat(40).trim();
    const text = Array.from({ length: 12 }, () => paragraph).join("\n\n");
    const message = renderReply(reply({ text }));
    const parts = sections(message);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(graphemeLength(part)).toBeLessThanOrEqual(3_000);
      expect(part.endsWith(".")).toBe(true);
    }
    expect(parts.join(" ").replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " "));
  });

  test("keeps a very long answer within 50 blocks, and says so where it cut", () => {
    // Two of these paragraphs do not fit in one section, so each takes a block of its own.
    const paragraph = "Health informatics joins clinical work and data. ".repeat(32);
    const message = renderReply(reply({ text: Array.from({ length: 48 }, () => paragraph).join("\n\n"), title: "T", suggestions: ["Next?"], sources: [{ id: "s", title: "S", kind: "survey" }] }), {
      asked: { user: "U1", text: "q" },
      followUps: true,
      shareId: "k",
    });
    const blocks = blocksOf(message);
    expect(blocks).toHaveLength(50);
    expect(blocks.map((b) => b.type).slice(-3)).toEqual(["context", "actions", "actions"]);
    expect(sections(message).at(-1)!.endsWith("…")).toBe(true);
    expect(message.text.startsWith("T\n\nHealth informatics joins")).toBe(true);
    expect(graphemeLength(sections(message).at(-1)!)).toBeLessThanOrEqual(3_000);
  });

  test("for any text, every field is within Slack's limits and no mrkdwn holds a raw < or >", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 9_000 }), fc.string({ maxLength: 300 }), fc.array(fc.string({ maxLength: 80 }), { maxLength: 30 }), (text, title, suggestions) => {
        const message = renderReply(reply({ text, title, suggestions, sources: [{ id: "s", title: text.slice(0, 200), kind: "survey" }] }), {
          asked: { user: "U1", text },
          followUps: true,
          shareId: "k",
        });
        const blocks = blocksOf(message);
        expect(blocks.length).toBeLessThanOrEqual(50);
        const mrkdwn = [message.text, ...sections(message), ...blocks.filter((b) => b.type === "context").map((b) => b.elements![0]!.text as string)];
        for (const field of mrkdwn) {
          expect(graphemeLength(field)).toBeLessThanOrEqual(3_000);
          expect(field.replace("<@U1>", "")).not.toMatch(/[<>]/);
        }
        const header = blocks.find((b) => b.type === "header");
        if (header) expect(graphemeLength(header.text!.text)).toBeLessThanOrEqual(150);
        const buttons = blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements!);
        expect(buttons.length).toBeLessThanOrEqual(26);
        for (const b of buttons) expect(graphemeLength((b.text as { text: string }).text)).toBeLessThanOrEqual(75);
      }),
      { numRuns: 60 },
    );
  });

  test("a clarify reply offers its options, then its suggestions, as buttons, each once", () => {
    const clarify: Reply = { kind: "clarify", text: "Which one?", sources: [], suggestions: ["Pay?", "Coder?"], options: ["Coder?", "Analyst?"] };
    const values = blocksOf(renderReply(clarify, { followUps: true })).flatMap((b) => b.elements ?? []).map((e) => e.value);
    expect(values).toEqual(["Coder?", "Analyst?", "Pay?"]);
  });

  test("without follow-ups there are no buttons, and without sources no sources line", () => {
    const blocks = blocksOf(renderReply(reply({ suggestions: ["Pay?"] })));
    expect(blocks.map((b) => b.type)).toEqual(["section"]);
  });

  test("the sources line names document, agency or survey and year", () => {
    const message = renderReply(reply({ sources: [{ id: "bls", title: "U.S. Bureau of Labor Statistics (BLS)", kind: "agency", year: "2015" }, { id: "h", title: "HIMSS Salary Survey", kind: "survey", year: "2013" }] }));
    const context = blocksOf(message).find((b) => b.type === "context")!;
    expect(context.elements![0]!.text).toBe("Sources: U.S. Bureau of Labor Statistics (BLS), 2015; HIMSS Salary Survey, 2013");
  });
});

test("renderNotice escapes its text and has no blocks", () => {
  expect(renderNotice("a < b & c")).toEqual({ text: "a &lt; b &amp; c" });
});
