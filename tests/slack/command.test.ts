import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { ServerResponse, IncomingMessage } from "node:http";
import { expect, onTestFinished, test } from "vitest";
import { answerTo, createFakeAdvisor, SUGGESTIONS } from "./fake-advisor.js";
import { button, buttons, CHANNEL, contextLines, sectionsText, startSlack, USER } from "./harness.js";

const pathOf = (url: string) => new URL(url).pathname;

test("/career is acknowledged with an empty 200, then answered privately at its response_url", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);

  const { response, responseUrl } = await slack.command("what is health informatics?");
  expect(response.status).toBe(200);
  expect(await response.text()).toBe("");

  const answer = await slack.standIn.waitFor((request) => request.path === pathOf(responseUrl));
  expect(answer.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
  expect(sectionsText(answer.body)).toBe("You asked: what is health informatics?\n\nHealth informatics joins clinical work and data.");
  expect(answer.body.text).toContain("Health informatics");
  expect(contextLines(answer.body)).toEqual([`<@${USER}> asked: what is health informatics?`, "Sources: U.S. Bureau of Labor Statistics (BLS), 2024"]);
  expect(buttons(answer.body).map((b) => b.text.text)).toEqual([...SUGGESTIONS, "Share in channel"]);
  expect(advisor.asked).toEqual([{ text: "what is health informatics?", conversationId: `slack:${CHANNEL}:${USER}` }]);
});

test("Slack has its response before the advisor is asked", async () => {
  const responses: { request: IncomingMessage; response: ServerResponse }[] = [];
  const track = (message: unknown) => responses.push(message as (typeof responses)[number]);
  subscribe("http.server.request.start", track);
  onTestFinished(() => void unsubscribe("http.server.request.start", track));
  let acknowledgedFirst: boolean | undefined;
  const advisor = createFakeAdvisor((question) => {
    const toApp = responses.filter(({ request }) => request.url === "/slack/events");
    acknowledgedFirst = toApp.length === 1 && toApp.every(({ response }) => response.writableEnded);
    return answerTo(question);
  });
  const slack = await startSlack(advisor);

  const { responseUrl } = await slack.command("what is health informatics?");
  await slack.standIn.waitFor((request) => request.path === pathOf(responseUrl));
  expect(acknowledgedFirst).toBe(true);
});

test("Share in channel posts the same answer visibly, once, without buttons", async () => {
  const slack = await startSlack(createFakeAdvisor());
  const { responseUrl } = await slack.command("what is health informatics?");
  const answer = await slack.standIn.waitFor((request) => request.path === pathOf(responseUrl));

  const share = button(answer.body, "Share in channel");
  const first = await slack.press(share, { ephemeral: true });
  expect(first.response.status).toBe(200);
  const shared = await slack.standIn.waitFor((request) => request.path === pathOf(first.responseUrl));
  expect(shared.body).toMatchObject({ response_type: "in_channel", replace_original: false });
  expect(sectionsText(shared.body)).toBe(sectionsText(answer.body));
  expect(contextLines(shared.body)).toEqual(contextLines(answer.body));
  expect(buttons(shared.body)).toEqual([]);

  const again = await slack.press(share, { ephemeral: true });
  const refused = await slack.standIn.waitFor((request) => request.path === pathOf(again.responseUrl));
  expect(refused.body).toMatchObject({ response_type: "ephemeral" });
  expect(refused.body.text).toContain("can no longer be shared");
});

test("a suggestion on a private answer asks in the same conversation and answers privately again", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);
  const { responseUrl } = await slack.command("what is health informatics?");
  const answer = await slack.standIn.waitFor((request) => request.path === pathOf(responseUrl));

  const pressed = await slack.press(button(answer.body, SUGGESTIONS[0]!), { ephemeral: true });
  expect(pressed.response.status).toBe(200);
  const followUp = await slack.standIn.waitFor((request) => request.path === pathOf(pressed.responseUrl));
  expect(followUp.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
  expect(sectionsText(followUp.body)).toContain(`You asked: ${SUGGESTIONS[0]}`);
  expect(buttons(followUp.body).map((b) => b.text.text)).toContain("Share in channel");
  expect(advisor.asked.map((q) => q.conversationId)).toEqual([`slack:${CHANNEL}:${USER}`, `slack:${CHANNEL}:${USER}`]);
  expect(advisor.asked[1]!.text).toBe(SUGGESTIONS[0]);
});
