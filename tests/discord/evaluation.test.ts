import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAdvisor, knowledgeDir, sourcesLine, type Reply } from "../../src/index.js";
import { conversationsWith } from "../helpers.js";
import { loadEvaluationSet, loadKnowledge } from "../../src/authoring.js";
import { codePointLength } from "../../adapters/discord/fit.js";
import { LIMITS } from "../../adapters/discord/render.js";
import { questionFromCustomId } from "../../adapters/discord/buttons.js";
import { startBot, TOKEN } from "./harness.js";
import { BOT, slashCommand, user } from "./stand-in/payloads.js";
import type { RecordedRequest } from "./stand-in/server.js";

// Every turn of the engine's evaluation set goes through Discord as /career, and each answer must carry what the
// engine itself says to the same conversation, within Discord's limits.
const set = loadEvaluationSet(fileURLToPath(new URL("../evaluation/evaluation.yaml", import.meta.url)));
const knowledge = loadKnowledge(knowledgeDir());
const engine = conversationsWith(knowledge);
let bot: Awaited<ReturnType<typeof startBot>>;

beforeAll(async () => {
  bot = await startBot(createAdvisor(knowledge), { rateLimit: { points: 100_000, windowMs: 60_000 } });
  await bot.adapter.start(TOKEN);
});
afterAll(() => bot.close());

type Part = { content?: string; embeds: Embed[]; components?: { components: { label: string; custom_id: string }[] }[]; allowed_mentions: unknown };
type Embed = { title?: string; description: string; footer?: { text: string } };

const unescape = (text: string) => text.replace(/\\(.)/gs, "$1");
const words = (text: string) => text.replace(/\s+/g, " ").trim();

it("answers every turn of the evaluation set as the engine does, within Discord's limits", async () => {
  let turns = 0;
  for (const conversation of set.conversations) {
    const asker = user(`evaluator-${conversation.id}`);
    const conversationId = `evaluation:${conversation.id}`;
    engine.forget(conversationId);
    for (const turn of conversation.turns) {
      const expected = engine.ask({ text: turn.ask, conversationId });
      const parts = await answerTo(turn.ask, asker, expected);
      const where = `${conversation.id}: ${JSON.stringify(turn.ask)}`;
      checkLimits(parts, where);
      checkCarries(parts, expected, where);
      turns++;
    }
  }
  expect(turns).toBe(set.conversations.reduce((sum, c) => sum + c.turns.length, 0));
});

/** Asks through the stand-in and collects the parts of the answer until they hold the whole of the engine's text. */
async function answerTo(question: string, asker: ReturnType<typeof user>, expected: Reply): Promise<Part[]> {
  const command = slashCommand({ from: asker, question });
  const mine = (r: RecordedRequest) =>
    r.path === `/interactions/${command.id}/${command.token}/callback` || r.path === `/webhooks/${BOT.id}/${command.token}`;
  const collect = () => bot.standIn.requests.items.filter(mine).map((r) => (r.body.type === 4 ? r.body.data : r.body) as Part);
  const text = () => words(collect().map((p) => unescape(p.embeds[0]?.description ?? "")).join(" "));
  bot.standIn.dispatch("INTERACTION_CREATE", command);
  await bot.standIn.requests
    .waitFor((r) => mine(r) && text() === words(expected.text), `the whole answer to ${JSON.stringify(question)}`)
    .catch(() => expect(text(), `answer to ${JSON.stringify(question)}`).toBe(words(expected.text)));
  return collect();
}

function checkLimits(parts: Part[], where: string): void {
  for (const part of parts) {
    expect(part.allowed_mentions, where).toEqual({ parse: [], replied_user: false });
    expect(codePointLength(part.content ?? ""), where).toBeLessThanOrEqual(LIMITS.content);
    expect(part.embeds, where).toHaveLength(1);
    const [embed] = part.embeds as [Embed];
    expect(codePointLength(embed.title ?? ""), where).toBeLessThanOrEqual(LIMITS.title);
    expect(codePointLength(embed.description), where).toBeLessThanOrEqual(LIMITS.description);
    expect(codePointLength(embed.footer?.text ?? ""), where).toBeLessThanOrEqual(LIMITS.footer);
    const total = codePointLength((embed.title ?? "") + embed.description + (embed.footer?.text ?? ""));
    expect(total, where).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const row of part.components ?? []) {
      expect(row.components.length, where).toBeLessThanOrEqual(5);
      for (const button of row.components) {
        expect(codePointLength(button.label), where).toBeLessThanOrEqual(80);
        expect(button.custom_id.length, where).toBeLessThanOrEqual(100);
      }
    }
  }
}

/** The title, the sources line and the follow-up questions are the engine's own. */
function checkCarries(parts: Part[], expected: Reply, where: string): void {
  const first = parts[0]!.embeds[0]!;
  const last = parts.at(-1)!;
  if (expected.title) expect(unescape(first.title ?? ""), where).toBe(expected.title);
  expect(last.embeds[0]!.footer?.text ?? "", where).toBe(sourcesLine(expected.sources));
  const offered = expected.kind === "clarify" ? [...expected.options, ...expected.suggestions] : expected.suggestions;
  const buttons = (last.components ?? []).flatMap((row) => row.components).map((b) => questionFromCustomId(b.custom_id));
  expect(buttons, where).toEqual([...new Set(offered)].slice(0, 5));
}
