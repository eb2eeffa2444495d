import { expect, test } from "vitest";
import { fromButton, fromCommand, fromDirectMessage, fromMention, isFromPerson, plainText } from "../../adapters/slack/to-question.js";

test("plainText turns Slack's markup into what the person saw, dropping the app's own mention", () => {
  expect(plainText("<@UBOT> pay for <@U123|bob> in <#C1|general> or <#C2|>?", "UBOT")).toBe(" pay for @bob in #general or #C2?");
  expect(plainText("see <https://www.bls.gov/ooh|the BLS> or <https://example.com>")).toBe("see the BLS or https://example.com");
  expect(plainText("<!here> <!subteam^S1|@nurses> &lt;b&gt; &amp;amp;")).toBe("@here @nurses <b> &amp;");
});

test("a thread is one conversation; outside threads each person has their own per channel or DM", () => {
  expect(fromCommand({ text: "pay?", channel_id: "C1", user_id: "U1" })).toEqual({ text: "pay?", conversationId: "slack:C1:U1" });
  expect(fromMention({ text: "<@UBOT> pay?", channel: "C1", user: "U1", ts: "1.1" }, "UBOT")).toEqual({ text: "pay?", conversationId: "slack:C1:1.1" });
  expect(fromMention({ text: "<@UBOT> pay?", channel: "C1", user: "U2", ts: "1.5", thread_ts: "1.1" }, "UBOT").conversationId).toBe("slack:C1:1.1");
  expect(fromDirectMessage({ text: "  pay? ", channel: "D1", user: "U1", ts: "1.1" })).toEqual({ text: "  pay? ", conversationId: "slack:D1:U1" });
  expect(fromDirectMessage({ text: "pay?", channel: "D1", user: "U1", ts: "1.5", thread_ts: "1.1" }).conversationId).toBe("slack:D1:1.1");
  expect(fromButton({ text: "Pay?", channel: "C1", user: "U1" }).conversationId).toBe("slack:C1:U1");
  expect(fromButton({ text: "Pay?", channel: "C1", user: "U1", threadTs: "1.1" }).conversationId).toBe("slack:C1:1.1");
});

test("only people's own new messages count as asking", () => {
  const base = { channel: "D1", ts: "1.1", text: "hi" };
  expect(isFromPerson({ ...base, user: "U1" })).toBe(true);
  expect(isFromPerson({ ...base, user: "U1", bot_id: "B1" })).toBe(false);
  expect(isFromPerson({ ...base, subtype: "bot_message", bot_id: "B1" })).toBe(false);
  expect(isFromPerson({ ...base, user: "U1", subtype: "message_changed" })).toBe(false);
  expect(isFromPerson(base)).toBe(false);
});
