import { expect, test } from "vitest";
import { escapeMrkdwn } from "../../adapters/slack/mrkdwn.js";
import { createAdvisor, graphemeLength, sourcesLine, truncate, type Reply } from "../../src/index.js";
import { conversationsWith, shippedKnowledge } from "../helpers.js";
import { loadEvaluationSet } from "../../src/authoring.js";
import { buttons, contextLines, directMessage, sectionsText, startSlack } from "./harness.js";
import type { Recorded } from "./stand-in.js";

// Every turn of the engine's evaluation set, asked in a Slack DM, must carry the answer the engine gives for it,
// whole and within Slack's limits.

const EVALUATION_SET = new URL("../evaluation/evaluation.yaml", import.meta.url).pathname;

const unescape = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const words = (text: string) => text.replace(/\s+/g, " ").trim();

test("the evaluation set replayed through Slack carries the engine's answers within Slack's limits", { timeout: 60_000 }, async () => {
  const set = loadEvaluationSet(EVALUATION_SET);
  const reference = conversationsWith(shippedKnowledge());
  const slack = await startSlack(createAdvisor(shippedKnowledge()));
  const problems: string[] = [];

  for (const [c, conversation] of set.conversations.entries()) {
    const dm = `D0EVAL${c}`;
    const posts = (request: Recorded) => request.method === "chat.postMessage" && request.body.channel === dm;
    for (const [t, turn] of conversation.turns.entries()) {
      const expected = reference.ask({ text: turn.ask, conversationId: `evaluation:${conversation.id}` });
      // Slack encodes &, < and > in what people type.
      await slack.event(directMessage(escapeMrkdwn(turn.ask), { channel: dm, user: `U0EVAL${c}`, ts: `1700000000.${String(t).padStart(6, "0")}` }));
      const post = await slack.standIn.waitFor((request) => posts(request) && slack.standIn.requests.filter(posts).indexOf(request) === t);
      problems.push(...differences(expected, post.body).map((problem) => `${conversation.id} turn ${t + 1} (${JSON.stringify(turn.ask)}): ${problem}`));
    }
  }
  expect(problems).toEqual([]);
});

function differences(reply: Reply, message: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const blocks = message.blocks as { type: string; text?: { text: string } }[];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks`);
  if (!String(message.text ?? "").trim()) problems.push("no notification text");
  const sections = blocks.filter((block) => block.type === "section").map((block) => block.text?.text ?? "");
  for (const section of sections) if (graphemeLength(section) > 3_000) problems.push(`a section of ${graphemeLength(section)} characters`);
  if (words(unescape(sectionsText(message))) !== words(reply.text)) problems.push("the text differs from the engine's");
  const header = blocks.find((block) => block.type === "header")?.text?.text;
  if (header !== (reply.title ? truncate(reply.title, 150) : undefined)) problems.push(`title ${JSON.stringify(header)}`);
  const sources = sourcesLine(reply.sources);
  if (sources && !contextLines(message).map(unescape).includes(sources)) problems.push(`no "${sources}" line`);
  const asked = [...new Set([...(reply.kind === "clarify" ? reply.options : []), ...reply.suggestions])];
  const offered = buttons(message).map((b) => b.value);
  if (JSON.stringify(offered) !== JSON.stringify(asked)) problems.push(`buttons ${JSON.stringify(offered)}, expected ${JSON.stringify(asked)}`);
  for (const b of buttons(message)) if (graphemeLength(b.text.text) > 75) problems.push(`button label of ${graphemeLength(b.text.text)} characters`);
  return problems;
}
