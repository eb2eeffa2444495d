import { expect, test } from "vitest";
import { createFakeAdvisor } from "./fake-advisor.js";
import { commandFields, directMessage, DM, eventEnvelope, startSlack, type Slack } from "./harness.js";
import { formBody, nowSeconds, postSigned, type Signing } from "./signed.js";

// Bolt's own tests of verification pass even with it broken, since they only check that nothing throws.
// These check what Slack and an attacker would see: a 401, and no answer anywhere.

const TEN_MINUTES = 10 * 60;

const rejected: [string, Signing][] = [
  ["a signature made with another secret", { secret: "fedcba9876543210fedcba9876543210" }],
  ["a signature of other bytes", { signature: "v0=" + "0".repeat(64) }],
  ["an unknown signature version", { signature: "v1=abc" }],
  ["no signature", { signature: null }],
  ["a stale timestamp", { timestamp: nowSeconds() - TEN_MINUTES }],
  ["a timestamp in the future", { timestamp: nowSeconds() + TEN_MINUTES }],
];

/** Sends a request the app must answer, and returns once it has: anything a rejected request set off is in by then. */
async function answeredMarker(slack: Slack): Promise<void> {
  await slack.event(directMessage("marker"), { eventId: "Ev0MARKER" });
  await slack.standIn.waitFor((request) => request.method === "chat.postMessage" && request.body.channel === DM);
}

function expectOnlyMarkerAnswered(slack: Slack, asked: { text: string }[]): void {
  expect(asked.map((q) => q.text)).toEqual(["marker"]);
  expect(slack.standIn.requests.map((request) => request.method).filter((method) => method !== "auth.test")).toEqual(["chat.postMessage"]);
}

test.each(rejected)("a slash command with %s gets 401 and no answer", async (_case, signing) => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);
  const body = formBody({ ...commandFields("what is health informatics?"), response_url: slack.standIn.responseUrl() });
  const response = await postSigned(slack.eventsUrl, body, "application/x-www-form-urlencoded", { timestamp: nowSeconds(), ...signing });
  expect(response.status).toBe(401);
  await answeredMarker(slack);
  expectOnlyMarkerAnswered(slack, advisor.asked);
});

test.each(rejected)("an event with %s gets 401 and no answer", async (_case, signing) => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);
  const response = await postSigned(slack.eventsUrl, JSON.stringify(eventEnvelope(directMessage("hello"), "Ev0FORGED")), "application/json", signing);
  expect(response.status).toBe(401);
  await answeredMarker(slack);
  expectOnlyMarkerAnswered(slack, advisor.asked);
});

test("an unsigned url_verification gets 401 and no challenge", async () => {
  const slack = await startSlack(createFakeAdvisor());
  const response = await postSigned(slack.eventsUrl, JSON.stringify({ type: "url_verification", challenge: "secret-challenge" }), "application/json", { signature: null });
  expect(response.status).toBe(401);
  expect(await response.text()).toBe("");
});

test("a timestamp a minute ahead, within Slack's clock skew, is accepted", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor);
  const response = await slack.event(directMessage("hello"), { signing: { timestamp: nowSeconds() + 60 } });
  expect(response.status).toBe(200);
  await slack.standIn.waitFor((request) => request.method === "chat.postMessage");
  expect(advisor.asked.map((q) => q.text)).toEqual(["hello"]);
});
