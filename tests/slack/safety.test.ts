import { expect, test } from "vitest";
import { APOLOGY, SLOW_DOWN, type Reply } from "../../src/index.js";
import { answerTo, createFakeAdvisor } from "./fake-advisor.js";
import { BOT_TOKEN, CHANNEL, directMessage, DM, mrkdwnTexts, startSlack, USER } from "./harness.js";
import { BOT_USER_ID } from "./stand-in.js";

const pathOf = (url: string) => new URL(url).pathname;

test("text from users and sources is escaped, so it cannot mention @channel, @here or anyone", async () => {
  const hostile = "<!channel> <!here> <@U0VICTIM> <https://evil.example|click> & more";
  const advisor = createFakeAdvisor(
    (question): Reply => ({
      kind: "clarify",
      title: hostile,
      text: `You said: ${question.text}`,
      sources: [{ id: "x", title: hostile, kind: "survey", year: "<!everyone>" }],
      suggestions: [hostile],
      options: [hostile],
    }),
  );
  const slack = await startSlack(advisor);

  // Slack encodes what people type; the app decodes it for the advisor and must encode it again.
  const { responseUrl } = await slack.command("&lt;!channel&gt; &lt;@U0VICTIM&gt; &amp; pay?");
  expect(advisor.asked[0]?.text).toBe("<!channel> <@U0VICTIM> & pay?");
  const answer = await slack.standIn.waitFor((request) => request.path === pathOf(responseUrl));

  const texts = mrkdwnTexts(answer.body);
  expect(texts.join("\n")).toContain("&lt;!channel&gt;");
  expect(texts.join("\n")).toContain("&amp; more");
  const withoutAsker = texts.map((text) => text.replace(`<@${USER}> asked:`, ""));
  for (const text of withoutAsker) expect(text).not.toMatch(/[<>]/);
});

test("an advisor that throws gets an apology, and the app keeps answering", async () => {
  const advisor = createFakeAdvisor((question) => {
    if (question.text.includes("explode")) throw new Error("engine broke");
    return answerTo(question);
  });
  const slack = await startSlack(advisor);

  const failed = await slack.command("please explode");
  const apology = await slack.standIn.waitFor((request) => request.path === pathOf(failed.responseUrl));
  expect(apology.body).toMatchObject({ response_type: "ephemeral", text: APOLOGY });
  expect(JSON.stringify(apology.body)).not.toContain("engine broke");
  await slack.logs.waitFor((line) => /the advisor failed to answer/i.test(line) && line.includes("engine broke"));

  await slack.event(directMessage("please explode"));
  const publicApology = await slack.standIn.waitFor((request) => request.method === "chat.postMessage");
  expect(publicApology.body).toMatchObject({ channel: DM, text: APOLOGY });

  const next = await slack.command("what is health informatics?");
  const answer = await slack.standIn.waitFor((request) => request.path === pathOf(next.responseUrl));
  expect(answer.body.text).toContain("Health informatics");
});

test("someone flooding is told privately to slow down once per window, and the rest is ignored without asking the advisor", async () => {
  const advisor = createFakeAdvisor();
  const slack = await startSlack(advisor, { rateLimit: { points: 1, windowMs: 3_600_000 } });

  const first = await slack.command("what is health informatics?");
  await slack.standIn.waitFor((request) => request.path === pathOf(first.responseUrl));
  await slack.event({ type: "app_mention", channel: CHANNEL, user: USER, text: `<@${BOT_USER_ID}> hello`, ts: "1700000000.000500" });
  const notice = await slack.standIn.waitFor((request) => request.method === "chat.postEphemeral");
  expect(notice.body).toMatchObject({ channel: CHANNEL, user: USER, thread_ts: "1700000000.000500", text: SLOW_DOWN });

  for (let n = 0; n < 10; n++) {
    await slack.command(`and the pay? ${n}`);
    await slack.event({ type: "app_mention", channel: CHANNEL, user: USER, text: `<@${BOT_USER_ID}> again ${n}`, ts: `1700000000.00060${n}` });
  }
  // Someone else is answered as usual; once that answer is out, the flood before it has been dealt with.
  await slack.event(directMessage("marker", { user: "U0BOB" }));
  await slack.standIn.waitFor((request) => request.method === "chat.postMessage");

  expect(advisor.asked.map((q) => q.text)).toEqual(["what is health informatics?", "marker"]);
  const notices = slack.standIn.requests.filter((request) => JSON.stringify(request.body).includes(SLOW_DOWN.slice(0, 20)));
  expect(notices).toHaveLength(1);
  expect(slack.standIn.requests.filter((request) => request.method === "response_url")).toHaveLength(1);
});

test("a Web API call that keeps failing with 5xx is retried with backoff, then given up and logged with its channel, not its text", async () => {
  const slack = await startSlack(createFakeAdvisor(), { patience: { attemptTimeoutMs: 1_000, budgetMs: 5_000, maxAttempts: 3 } });
  slack.standIn.failWith("chat.postMessage", 500);

  await slack.event(directMessage("what is health informatics?"));
  const line = await slack.logs.waitFor((l) => l.includes("Gave up a reply"));
  expect(line).toContain(`Gave up a reply in ${DM}: HTTP 500 (3 attempts)`);
  expect(slack.standIn.requests.filter((request) => request.method === "chat.postMessage")).toHaveLength(3);
  expect(slack.logs.items.join("\n")).not.toContain("health informatics");
});

test("a failing response_url is logged with its channel, without its secret, and no log line holds a token", async () => {
  const slack = await startSlack(createFakeAdvisor(), { patience: { attemptTimeoutMs: 1_000, budgetMs: 5_000, maxAttempts: 2 } });
  slack.standIn.failWith("response_url", 500);

  const { responseUrl } = await slack.command("what is health informatics?");
  await slack.logs.waitFor((line) => line.includes(`Gave up a reply in ${CHANNEL}: HTTP 500 (2 attempts)`));
  const secret = responseUrl.split("/").pop() as string;
  for (const line of slack.logs.items) {
    expect(line).not.toContain(secret);
    expect(line).not.toContain(BOT_TOKEN);
  }
});
