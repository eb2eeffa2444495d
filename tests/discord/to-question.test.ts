import { describe, expect, it } from "vitest";
import { conversationId, stripMention } from "../../adapters/discord/to-question.js";

describe("turning Discord events into questions", () => {
  it("drops the bot's own mention, in either form, wherever it stands", () => {
    expect(stripMention("<@42> what is HIM?", "42")).toBe("what is HIM?");
    expect(stripMention("so <@!42>, what is HIM?", "42")).toBe("so , what is HIM?");
    expect(stripMention("what is HIM <@42>", "42")).toBe("what is HIM");
  });

  it("keeps other mentions: they are part of what was said", () => {
    expect(stripMention("<@42> ask <@7> about <@&9>", "42")).toBe("ask <@7> about <@&9>");
  });

  it("keeps one conversation per person per channel or thread", () => {
    expect(conversationId("100", "7")).toBe("discord:100:7");
    expect(conversationId("100", "8")).not.toBe(conversationId("100", "7"));
    expect(conversationId("200", "7")).not.toBe(conversationId("100", "7"));
  });
});
