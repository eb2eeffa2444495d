import { describe, expect, it, onTestFinished } from "vitest";
import { startBot, TOKEN } from "./harness.js";
import { scriptedAdvisor } from "./scripted-advisor.js";
import { BOT, CHANNEL_ID, message, slashCommand, user } from "./stand-in/payloads.js";
import type { RecordedRequest } from "./stand-in/server.js";

// Each fault the platform can throw at a reply, reproduced on the stand-in, with what the bot must do about it.

const replyTo = (question: { id: string }) => (r: RecordedRequest) => r.body?.message_reference?.message_id === question.id;
const callbackOf = (interaction: { id: string; token: string }) => (r: RecordedRequest) =>
  r.path === `/interactions/${interaction.id}/${interaction.token}/callback`;
const originalOf = (interaction: { token: string }) => (r: RecordedRequest) =>
  r.method === "PATCH" && r.path === `/webhooks/${BOT.id}/${interaction.token}/messages/%40original`;
const mention = (author: ReturnType<typeof user>, text: string) => message({ author, content: `<@${BOT.id}> ${text}`, mentions: [BOT] });

async function runningBot(options: Parameters<typeof startBot>[1] = {}) {
  const { advisor, asked } = scriptedAdvisor();
  const bot = await startBot(advisor, options);
  onTestFinished(() => bot.close());
  await bot.adapter.start(TOKEN);
  return { bot, asked };
}

describe("replies under REST faults", () => {
  it("waits out a short 429 and delivers the reply", async () => {
    const { bot } = await runningBot();
    const question = mention(user("amy"), "what do analysts earn?");
    bot.standIn.rateLimitOnce((r) => r.path === `/channels/${CHANNEL_ID}/messages`, 0.5);
    bot.standIn.dispatch("MESSAGE_CREATE", question);

    await bot.standIn.requests.waitFor((r) => replyTo(question)(r) && r.created !== undefined, "the reply after the 429");
    expect(bot.standIn.requests.items.filter((r) => r.path === `/channels/${CHANNEL_ID}/messages`)).toHaveLength(2);
    expect(bot.logs.items.filter((line) => line.includes("gave up"))).toEqual([]);
  });

  it("gives up at once on a 429 longer than the allowance and logs the channel and reason, not the text", async () => {
    const { bot } = await runningBot();
    const question = mention(user("ben"), "a secret question");
    bot.standIn.rateLimitOnce((r) => r.path === `/channels/${CHANNEL_ID}/messages`, 60);
    bot.standIn.dispatch("MESSAGE_CREATE", question);

    const line = await bot.logs.waitFor((l) => l.includes("gave up a reply"), "the give-up in the log");
    expect(JSON.parse(line)).toMatchObject({
      level: "error",
      msg: expect.stringMatching(new RegExp(`^gave up a reply in channel ${CHANNEL_ID}: rate limited for 60(\\.\\d)? s; waiting .* would pass the 30 s allowed \\(1 attempt\\)`)),
    });
    expect(bot.logs.items.join("\n")).not.toContain("a secret question");
    expect(bot.standIn.requests.items.filter((r) => r.path === `/channels/${CHANNEL_ID}/messages`)).toHaveLength(1);
  });

  it("retries 5xx answers with backoff and delivers; gives up and logs when they go on", async () => {
    const { bot } = await runningBot({ patience: { budgetMs: 5_000, maxAttempts: 3 } });
    const toChannel = (r: RecordedRequest) => r.path === `/channels/${CHANNEL_ID}/messages`;
    for (let n = 0; n < 2; n++) bot.standIn.respondOnce(toChannel, 502, { message: "Bad Gateway", code: 0 });
    const first = mention(user("cat"), "first");
    bot.standIn.dispatch("MESSAGE_CREATE", first);
    await bot.standIn.requests.waitFor((r) => replyTo(first)(r) && r.created !== undefined, "the reply after two 502s");

    for (let n = 0; n < 3; n++) bot.standIn.respondOnce(toChannel, 500, { message: "Internal Server Error", code: 0 });
    bot.standIn.dispatch("MESSAGE_CREATE", mention(user("dan"), "second"));
    const line = await bot.logs.waitFor((l) => l.includes("gave up a reply"), "the give-up in the log");
    expect(line).toContain(`gave up a reply in channel ${CHANNEL_ID}: HTTP 500 (3 attempts)`);
  });

  it("defers a slash command whose answer meets a 429, then sends the answer into the deferred reply", async () => {
    const { bot } = await runningBot();
    const command = slashCommand({ from: user("eve"), question: "what do informaticists earn?" });
    bot.standIn.rateLimitOnce(callbackOf(command), 5);
    bot.standIn.dispatch("INTERACTION_CREATE", command);

    const answer = await bot.standIn.requests.waitFor(originalOf(command), "the answer edited into the deferred reply");
    const callbacks = bot.standIn.requests.items.filter(callbackOf(command));
    expect(callbacks.map((r) => r.body.type)).toEqual([4, 5]);
    expect(answer.body.embeds[0].description).toContain("You asked: what do informaticists earn?");
    expect(bot.logs.items.filter((line) => line.includes("gave up") || line.includes("failed"))).toEqual([]);
  });

  it("defers a slash command whose answer meets a 503", async () => {
    const { bot } = await runningBot();
    const command = slashCommand({ from: user("fay"), question: "how do I start?" });
    bot.standIn.respondOnce(callbackOf(command), 503, { message: "Service Unavailable", code: 0 });
    bot.standIn.dispatch("INTERACTION_CREATE", command);

    const answer = await bot.standIn.requests.waitFor(originalOf(command), "the answer edited into the deferred reply");
    expect(answer.body.embeds[0].description).toContain("You asked: how do I start?");
  });
});

describe("floods", () => {
  it("answers 50 mentions from one person with their burst and one reaction, and sends nothing else", async () => {
    const { bot, asked } = await runningBot({ rateLimit: { points: 2, windowMs: 3_600_000 } });
    const flooder = user("gus");
    const flood = Array.from({ length: 50 }, (_, n) => mention(flooder, `question ${n}`));
    for (const question of flood) bot.standIn.dispatch("MESSAGE_CREATE", question);
    const marker = mention(user("hal"), "marker");
    bot.standIn.dispatch("MESSAGE_CREATE", marker);

    await bot.standIn.requests.waitFor(replyTo(marker), "the reply to someone else");
    await bot.standIn.requests.waitFor(replyTo(flood[1]!), "the second answer");
    const reaction = await bot.standIn.requests.waitFor((r) => r.path.includes("/reactions/"), "the slow-down reaction");
    expect(reaction).toMatchObject({ method: "PUT", path: `/channels/${CHANNEL_ID}/messages/${flood[2]!.id}/reactions/${encodeURIComponent("⏳")}/@me` });
    const sent = bot.standIn.requests.items.filter((r) => r.method !== "GET");
    expect(sent).toHaveLength(4);
    expect(asked.map((q) => q.text)).toEqual(["question 0", "question 1", "marker"]);
  });
});

describe("stopping", () => {
  it("gives up a reply the hung REST API holds once the deadline passes, logs it, and stops", async () => {
    const { bot } = await runningBot({ stopDeadlineMs: 300 });
    bot.standIn.hang((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
    bot.standIn.dispatch("MESSAGE_CREATE", mention(user("ian"), "still there?"));
    await bot.standIn.requests.waitFor((r) => r.path === `/channels/${CHANNEL_ID}/messages`, "the hung request");

    const started = Date.now();
    await bot.adapter.stop();
    // Without the deadline the hung request would be retried for up to 30 s.
    expect(Date.now() - started).toBeLessThan(2_000);
    const logs = bot.logs.items.join("\n");
    expect(logs).toContain("stopping: giving up 1 reply still unsent after 0.3 s");
    expect(logs).toContain(`gave up a reply in channel ${CHANNEL_ID}: stopped before it could be sent`);
    expect(await bot.standIn.clientCloses.waitFor(() => true, "the bot closing the gateway")).toBe(1000);
  });

  it("finishes a reply still being sent when it gets through within the deadline", async () => {
    const { bot } = await runningBot({ stopDeadlineMs: 5_000 });
    const question = mention(user("jo"), "one more");
    bot.standIn.rateLimitOnce((r) => r.path === `/channels/${CHANNEL_ID}/messages`, 0.5);
    bot.standIn.dispatch("MESSAGE_CREATE", question);
    await bot.standIn.requests.waitFor((r) => r.path === `/channels/${CHANNEL_ID}/messages`, "the rate-limited request");

    await bot.adapter.stop();
    expect(bot.standIn.requests.items.filter((r) => replyTo(question)(r) && r.created !== undefined)).toHaveLength(1);
    expect(bot.logs.items.filter((line) => line.includes("giving up"))).toEqual([]);
  });
});

describe("gateway outages", () => {
  it("are logged once when they start and once when they end, with their length", async () => {
    const { bot } = await runningBot();
    bot.standIn.refuseGateway(true);
    bot.standIn.closeGateway(4000);
    await bot.logs.waitFor((line) => line.includes("lost the connection"), "the start of the outage");
    // Long enough for several failed reconnects.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    bot.standIn.refuseGateway(false);

    const back = await bot.logs.waitFor((line) => line.includes("is back after"), "the end of the outage", 10_000);
    expect(JSON.parse(back)).toMatchObject({ level: "info", msg: expect.stringMatching(/^the connection to Discord's gateway is back after \d+\.\d s/) });
    expect(bot.logs.items.filter((line) => ["warn", "error"].includes(JSON.parse(line).level))).toHaveLength(1);
    expect(bot.standIn.frames.items.filter((f) => f.op === 6).length).toBeGreaterThanOrEqual(1);
  });
});
