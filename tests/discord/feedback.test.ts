import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/log.js";
import { openRecords } from "../../adapters/records.js";
import { createAdvisor } from "../../src/index.js";
import { embeddedStore, shippedKnowledge } from "../helpers.js";
import { linesIn, scratchDir } from "../records/scratch.js";
import { startBot, TOKEN } from "./harness.js";
import { buttonPress, CHANNEL_ID, slashCommand, user } from "./stand-in/payloads.js";
import type { RecordedRequest } from "./stand-in/server.js";

// The real discord.js client against the stand-in, the real advisor, and records under a scratch DATA_DIR.
const dataDir = scratchDir();
const store = embeddedStore();
const records = openRecords({ dir: dataDir, retentionDays: 180 }, createLogger({ write: () => {} }), () => shippedKnowledge().version, store);
let bot: Awaited<ReturnType<typeof startBot>>;

beforeAll(async () => {
  bot = await startBot(createAdvisor(shippedKnowledge()), { store, records });
  await bot.adapter.start(TOKEN);
});
afterAll(() => bot.close());

const callbackOf = (interaction: { id: string; token: string }) => (r: RecordedRequest) =>
  r.path === `/interactions/${interaction.id}/${interaction.token}/callback`;
type Row = { components: { custom_id: string; label: string }[] };

async function askCommand(from: ReturnType<typeof user>, question: string) {
  const command = slashCommand({ from, question });
  bot.standIn.dispatch("INTERACTION_CREATE", command);
  return bot.standIn.requests.waitFor(callbackOf(command), `the answer to ${question}`);
}

async function press(from: ReturnType<typeof user>, customId: string, pressed: { channel_id: string }) {
  const interaction = buttonPress({ from, customId, pressed });
  bot.standIn.dispatch("INTERACTION_CREATE", interaction);
  return (await bot.standIn.requests.waitFor(callbackOf(interaction), `the reply to ${customId}`)).body;
}

describe("Discord records and votes", () => {
  it("records a question it could not answer, with the channel and knowledge version and no ids", async () => {
    const asker = user("records-asker");
    await askCommand(asker, "what do astronauts earn?");
    const [record, ...more] = linesIn(dataDir).filter((line) => line.question === "what do astronauts earn?");
    expect(more).toEqual([]);
    expect(record).toMatchObject({ channel: "discord", kind: "fallback", knowledge: shippedKnowledge().version });
    const written = JSON.stringify(linesIn(dataDir));
    for (const id of [asker.id, CHANNEL_ID]) expect(written).not.toContain(id);
  });

  it("puts Helpful / Not helpful under an answer; a press is thanked privately and counted once per person, a press the other way changes it", async () => {
    const asker = user("voter");
    const answer = await askCommand(asker, "how much do health information technicians make?");
    const rows = answer.created!.components as Row[];
    const votes = rows.at(-1)!.components;
    expect(votes.map((b) => b.label)).toEqual(["Helpful", "Not helpful"]);
    for (const button of votes) expect(button.custom_id.length).toBeLessThanOrEqual(100);
    const [helpful, notHelpful] = votes.map((b) => b.custom_id) as [string, string];
    const replyId = helpful.split(":").at(-1);

    const thanks = await press(asker, helpful, answer.created!);
    expect(thanks.type).toBe(4);
    expect(thanks.data).toMatchObject({ content: "Thanks for your feedback!", flags: 64 });
    expect((await press(asker, helpful, answer.created!)).data).toMatchObject({ content: "Thanks: your vote was already counted.", flags: 64 });
    expect((await press(asker, notHelpful, answer.created!)).data).toMatchObject({ content: "Thanks: your vote is changed.", flags: 64 });
    expect((await press(user("someone-else"), helpful, answer.created!)).data).toMatchObject({ content: "Thanks for your feedback!" });

    const lines = linesIn(dataDir).filter((line) => "vote" in line && line.replyId === replyId);
    expect(lines.map(({ vote, changed, channel, topic, careers }) => [vote, changed, channel, topic, careers])).toEqual([
      ["helpful", false, "discord", "pay", ["health-information-technician"]],
      ["not-helpful", true, "discord", "pay", ["health-information-technician"]],
      ["helpful", false, "discord", "pay", ["health-information-technician"]],
    ]);
    expect(JSON.stringify(lines)).not.toContain(asker.id);
  });

  it("offers no vote on a reply that is not an answer, and says so when a vote's reply is unknown", async () => {
    const fallback = await askCommand(user("no-vote"), "what do pilots earn?");
    const customIds = ((fallback.created!.components ?? []) as Row[]).flatMap((row) => row.components.map((b) => b.custom_id));
    expect(customIds.filter((id) => id.startsWith("vote:"))).toEqual([]);
    expect((await press(user("late"), "vote:helpful:AAAAAAAAAAAAAAAA", fallback.created!)).data).toMatchObject({
      content: expect.stringMatching(/too old to vote on/),
      flags: 64,
    });
  });
});
