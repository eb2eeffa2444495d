import { expect, test } from "vitest";
import { createFakeAdvisor } from "./fake-advisor.js";
import { directMessage, DM, sectionsText, startSlack, type Slack } from "./harness.js";

const pathOf = (url: string) => new URL(url).pathname;
const posts = (slack: Slack) => slack.standIn.requests.filter((r) => r.method === "chat.postMessage");

test("replies that meet a short 429 wait out its Retry-After and are all delivered", async () => {
  const slack = await startSlack(createFakeAdvisor());
  const count = 20;
  slack.standIn.answerNext("chat.postMessage", ...Array.from({ length: count }, () => ({ status: 429, retryAfter: 1 })));

  for (let n = 0; n < count; n++) await slack.event(directMessage(`question ${n}`, { user: `U0USER${n}` }));
  // Each is tried once into the 429 and once more after it: 40 requests, the last 20 of them delivered answers.
  await slack.standIn.waitFor(() => posts(slack).length === 2 * count);
  const delivered = posts(slack).slice(count).map((r) => sectionsText(r.body).split("\n")[0]);
  expect(delivered.sort()).toEqual(Array.from({ length: count }, (_, n) => `You asked: question ${n}`).sort());
  expect(slack.logs.items.filter((line) => line.includes("Gave up"))).toEqual([]);
});

test("a reply to /career whose response_url answers 429 once is delivered after the wait", async () => {
  const slack = await startSlack(createFakeAdvisor());
  slack.standIn.answerNext("response_url", { status: 429, retryAfter: 1 });

  const { responseUrl } = await slack.command("what is health informatics?");
  await slack.standIn.waitFor((r) => r.path === pathOf(responseUrl) && slack.standIn.requests.filter((q) => q.path === pathOf(responseUrl)).length === 2);
  expect(slack.logs.items.filter((line) => line.includes("Gave up"))).toEqual([]);
});

test("a Retry-After longer than the allowance is given up at once and logged with the channel and reason", async () => {
  const slack = await startSlack(createFakeAdvisor());
  slack.standIn.answerNext("chat.postMessage", { status: 429, retryAfter: 60 });

  await slack.event(directMessage("what is health informatics?"));
  const line = await slack.logs.waitFor((l) => l.includes("Gave up a reply"));
  expect(line).toContain(`Gave up a reply in ${DM}: rate limited (Retry-After: 60 s); waiting 60 s would pass the 30 s allowed (1 attempt)`);
  expect(line).toContain("error");
  expect(posts(slack)).toHaveLength(1);
  expect(slack.logs.items.join("\n")).not.toContain("health informatics");
});

test("with the Web API hanging, stop() gives up the unsent reply at its deadline, logs it and resolves", async () => {
  const slack = await startSlack(createFakeAdvisor(), { stopDeadlineMs: 300 });
  slack.standIn.hang("chat.postMessage");
  await slack.event(directMessage("what is health informatics?"));
  await slack.standIn.waitFor((r) => r.method === "chat.postMessage");

  const started = Date.now();
  await slack.adapter.stop();
  // Without the deadline the hung request would be retried for up to 30 s; 300 ms plus the abort is what it takes.
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(slack.logs.items.join("\n")).toContain("Stopping: giving up 1 reply still unsent after 0.3 s");
  expect(slack.logs.items.join("\n")).toContain(`Gave up a reply in ${DM}: stopped before it could be sent`);
});

test("stop() waits for a reply that is still being sent when it finishes within the deadline", async () => {
  const slack = await startSlack(createFakeAdvisor(), { stopDeadlineMs: 5_000 });
  slack.standIn.answerNext("chat.postMessage", { status: 503 });
  await slack.event(directMessage("what is health informatics?"));
  await slack.standIn.waitFor((r) => r.method === "chat.postMessage");

  await slack.adapter.stop();
  expect(posts(slack)).toHaveLength(2);
  expect(slack.logs.items.filter((line) => line.includes("giving up") || line.includes("Gave up"))).toEqual([]);
});
