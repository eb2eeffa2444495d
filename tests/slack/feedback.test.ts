import { expect, test } from "vitest";
import { createLogger } from "../../adapters/log.js";
import { openRecords } from "../../adapters/records.js";
import { createAdvisor } from "../../src/index.js";
import { embeddedStore, shippedKnowledge } from "../helpers.js";
import { linesIn, scratchDir } from "../records/scratch.js";
import { button, buttons, CHANNEL, startSlack, USER } from "./harness.js";
import { BOT_USER_ID, TEAM_ID } from "./stand-in.js";

// The real Bolt app against the stand-in, the real advisor, and records under a scratch DATA_DIR.
const pathOf = (url: string) => new URL(url).pathname;

async function slackWithRecords() {
  const dataDir = scratchDir();
  const store = embeddedStore();
  const records = openRecords({ dir: dataDir, retentionDays: 180 }, createLogger({ write: () => {} }), () => shippedKnowledge().version, store);
  const slack = await startSlack(createAdvisor(shippedKnowledge()), { store, records });
  const ask = async (text: string) => {
    const { responseUrl } = await slack.command(text);
    return (await slack.standIn.waitFor((request) => request.path === pathOf(responseUrl))).body;
  };
  return { slack, dataDir, ask };
}

test("Slack records a question it could not answer, with the channel and knowledge version and no ids", async () => {
  const { dataDir, ask } = await slackWithRecords();
  await ask("what do astronauts earn?");
  const [record] = linesIn(dataDir);
  expect(record).toMatchObject({ channel: "slack", kind: "fallback", knowledge: shippedKnowledge().version, question: "what do astronauts earn?" });
  for (const id of [USER, CHANNEL, TEAM_ID]) expect(JSON.stringify(linesIn(dataDir))).not.toContain(id);
});

test("a vote on a Slack answer is thanked privately and counted once per person; a vote the other way changes it", async () => {
  const { slack, dataDir, ask } = await slackWithRecords();
  const answer = await ask("how much do health information technicians make?");
  expect(buttons(answer).map((b) => b.text.text).slice(-2)).toEqual(["Helpful", "Not helpful"]);
  const helpful = button(answer, "Helpful");
  const notHelpful = button(answer, "Not helpful");

  const vote = async (pressed: typeof helpful, user = USER) => {
    const { response, responseUrl } = await slack.press(pressed, { ephemeral: true, user });
    expect(response.status).toBe(200);
    return (await slack.standIn.waitFor((request) => request.path === pathOf(responseUrl))).body;
  };
  expect(await vote(helpful)).toMatchObject({ response_type: "ephemeral", replace_original: false, text: "Thanks for your feedback!" });
  expect((await vote(helpful)).text).toBe("Thanks: your vote was already counted.");
  expect((await vote(notHelpful)).text).toBe("Thanks: your vote is changed.");
  expect((await vote(helpful, "U0BOB")).text).toBe("Thanks for your feedback!");

  const votes = linesIn(dataDir).filter((line) => "vote" in line);
  expect(votes.map(({ vote, changed, channel, topic }) => [vote, changed, channel, topic])).toEqual([
    ["helpful", false, "slack", "pay"],
    ["not-helpful", true, "slack", "pay"],
    ["helpful", false, "slack", "pay"],
  ]);
  expect(new Set(votes.map((line) => line.replyId))).toEqual(new Set([helpful.value]));
  expect(JSON.stringify(votes)).not.toContain("U0BOB");
});

test("an answer in a thread carries the vote buttons too, and a fallback none", async () => {
  const { slack } = await slackWithRecords();
  const ask = async (text: string, ts: string) => {
    await slack.event({ type: "app_mention", channel: CHANNEL, user: USER, text: `<@${BOT_USER_ID}> ${text}`, ts, event_ts: ts });
    return (await slack.standIn.waitFor((request) => request.method === "chat.postMessage" && request.body.thread_ts === ts)).body;
  };
  expect(buttons(await ask("how much do health information technicians make?", "1700000000.000100")).map((b) => b.text.text)).toContain("Helpful");
  expect(buttons(await ask("what do astronauts earn?", "1700000000.000200")).map((b) => b.text.text)).not.toContain("Helpful");
});
