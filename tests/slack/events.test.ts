import { expect, onTestFinished, test, vi } from "vitest";
import { createFakeAdvisor, SUGGESTIONS } from "./fake-advisor.js";
import { button, CHANNEL, contextLines, directMessage, DM, sectionsText, startSlack, USER } from "./harness.js";
import { postSigned } from "./signed.js";
import { BOT_ID, BOT_USER_ID } from "./stand-in.js";

const ROOT = "1700000000.000100";
const isPost = (channel: string) => (request: { method: string; body: Record<string, unknown> }) =>
  request.method === "chat.postMessage" && request.body.channel === channel;

function mention(text: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: "app_mention", channel: CHANNEL, user: USER, text, ts: ROOT, event_ts: ROOT, ...fields };
}

test("a mention in a channel is answered in its thread, and the thread is one conversation", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);

  const response = await slack.event(mention(`<@${BOT_USER_ID}> what is health informatics?`));
  expect(response.status).toBe(200);
  const answer = await slack.standIn.waitFor(isPost(CHANNEL));
  expect(answer.body).toMatchObject({ channel: CHANNEL, thread_ts: ROOT });
  expect(sectionsText(answer.body)).toContain("You asked: what is health informatics?");

  await slack.event(mention(`<@${BOT_USER_ID}> and the pay?`, { user: "U0BOB", ts: "1700000000.000300", thread_ts: ROOT }));
  await slack.standIn.waitFor((request) => isPost(CHANNEL)(request) && request !== answer);
  expect(slack.standIn.requests.filter(isPost(CHANNEL)).map((request) => request.body.thread_ts)).toEqual([ROOT, ROOT]);
  expect(advisor.asked).toEqual([
    { text: "what is health informatics?", conversationId: `slack:${CHANNEL}:${ROOT}` },
    { text: "and the pay?", conversationId: `slack:${CHANNEL}:${ROOT}` },
  ]);
});

test("a suggestion under a thread answer is asked in that thread, naming who asked", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);
  await slack.event(mention(`<@${BOT_USER_ID}> what is health informatics?`));
  const answer = await slack.standIn.waitFor(isPost(CHANNEL));

  const pressed = await slack.press(button(answer.body, SUGGESTIONS[1]!), { user: "U0BOB", threadTs: ROOT });
  expect(pressed.response.status).toBe(200);
  const followUp = await slack.standIn.waitFor((request) => isPost(CHANNEL)(request) && request !== answer);
  expect(followUp.body).toMatchObject({ channel: CHANNEL, thread_ts: ROOT });
  expect(contextLines(followUp.body)[0]).toBe(`<@U0BOB> asked: ${SUGGESTIONS[1]}`);
  expect(advisor.asked[1]).toEqual({ text: SUGGESTIONS[1], conversationId: `slack:${CHANNEL}:${ROOT}` });
});

test("a direct message is answered in the DM, and a suggestion there continues the same conversation", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);

  await slack.event(directMessage("how do I become a health data analyst?"));
  const answer = await slack.standIn.waitFor(isPost(DM));
  expect(answer.body.thread_ts).toBeUndefined();
  expect(sectionsText(answer.body)).toContain("You asked: how do I become a health data analyst?");

  await slack.press(button(answer.body, SUGGESTIONS[0]!), { channel: DM });
  await slack.standIn.waitFor((request) => isPost(DM)(request) && request !== answer);
  expect(advisor.asked.map((q) => q.conversationId)).toEqual([`slack:${DM}:${USER}`, `slack:${DM}:${USER}`]);
});

test("the app's own messages, other bots, edits and mentions inside DMs are not answered", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);

  await slack.event(directMessage("an answer the app posted", { user: BOT_USER_ID, bot_id: BOT_ID }));
  await slack.event(directMessage("another bot", { subtype: "bot_message", bot_id: "B0OTHER", user: undefined }));
  await slack.event(directMessage("a bot with a user", { bot_id: "B0OTHER", user: "U0OTHERBOT" }));
  await slack.event(directMessage("edited", { subtype: "message_changed" }));
  await slack.event(mention(`<@${BOT_USER_ID}> in a DM`, { channel: DM, user: USER }));
  await slack.event(mention(`<@${BOT_USER_ID}> from a bot`, { bot_id: "B0OTHER" }));
  // Answered last, so once it is in, anything the ignored events had set off would be in too.
  await slack.event(directMessage("marker"));
  await slack.standIn.waitFor(isPost(DM));

  expect(advisor.asked.map((q) => q.text)).toEqual(["marker"]);
  expect(slack.standIn.requests.filter((request) => request.method.startsWith("chat."))).toHaveLength(1);
});

test("an event Slack retries is answered once", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);

  const first = await slack.event(directMessage("what is health informatics?"), { eventId: "Ev0RETRIED" });
  const retry = await slack.event(directMessage("what is health informatics?"), {
    eventId: "Ev0RETRIED",
    signing: { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } },
  });
  expect([first.status, retry.status]).toEqual([200, 200]);
  await slack.event(directMessage("marker", { ts: "1700000000.000900" }));
  await slack.standIn.waitFor((request) => isPost(DM)(request) && sectionsText(request.body).includes("marker"));

  expect(advisor.asked.map((q) => q.text)).toEqual(["what is health informatics?", "marker"]);
  expect(slack.standIn.requests.filter(isPost(DM))).toHaveLength(2);
});

test("an event Slack redelivers six minutes later (its third try) is still answered once", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);
  // Only the wall clock is faked: the app, Bolt's signature check and the signing here all read it.
  vi.useFakeTimers({ toFake: ["Date"] });
  onTestFinished(() => void vi.useRealTimers());

  await slack.event(directMessage("what is health informatics?"), { eventId: "Ev0LATE" });
  await slack.standIn.waitFor(isPost(DM));
  vi.setSystemTime(Date.now() + 6 * 60_000);
  const retry = await slack.event(directMessage("what is health informatics?"), {
    eventId: "Ev0LATE",
    signing: { headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_timeout" } },
  });
  expect(retry.status).toBe(200);
  await slack.event(directMessage("marker", { ts: "1700000000.000900" }));
  await slack.standIn.waitFor((request) => isPost(DM)(request) && sectionsText(request.body).includes("marker"));

  expect(advisor.asked.map((q) => q.text)).toEqual(["what is health informatics?", "marker"]);
  expect(slack.standIn.requests.filter(isPost(DM))).toHaveLength(2);
});

test("url_verification is answered with its challenge", async () => {
  const slack = await startSlack(createFakeAdvisor());
  const challenge = await postSigned(slack.eventsUrl, JSON.stringify({ token: "t", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" }), "application/json");
  expect(challenge.status).toBe(200);
  expect(await challenge.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
});

test("GET /healthz answers 200", async () => {
  const slack = await startSlack(createFakeAdvisor());
  const response = await fetch(`${slack.baseUrl}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});
