import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APOLOGY, SLOW_DOWN, sourcesLine } from "../../src/index.js";
import { startBot, TOKEN } from "./harness.js";
import { FAIL, LONG, LONG_TEXT, scriptedAdvisor, SOURCES, SUGGESTIONS } from "./scripted-advisor.js";
import { BOT, buttonPress, CHANNEL_ID, message, slashCommand, snowflake, user } from "./stand-in/payloads.js";
import type { RecordedRequest } from "./stand-in/server.js";

const { advisor, asked } = scriptedAdvisor();
let bot: Awaited<ReturnType<typeof startBot>>;

beforeAll(async () => {
  bot = await startBot(advisor, { rateLimit: { points: 3, windowMs: 3_600_000 } });
  await bot.adapter.start(TOKEN);
});
afterAll(() => bot.close());

const callbackOf = (interaction: { id: string; token: string }) => (r: RecordedRequest) =>
  r.path === `/interactions/${interaction.id}/${interaction.token}/callback`;
const followUpsOf = (interaction: { token: string }) => (r: RecordedRequest) => r.path === `/webhooks/${BOT.id}/${interaction.token}`;
const replyTo = (question: { id: string }) => (r: RecordedRequest) => r.body?.message_reference?.message_id === question.id;
const askedIn = (conversationId: string) => asked.filter((q) => q.conversationId === conversationId).map((q) => q.text);

describe("asking", () => {
  it("answers /career in a server channel with the answer, the sources line and suggestion buttons", async () => {
    const alice = user("alice");
    const command = slashCommand({ from: alice, question: "What do informaticists earn?" });
    bot.standIn.dispatch("INTERACTION_CREATE", command);

    const callback = await bot.standIn.requests.waitFor(callbackOf(command), "the interaction callback");
    expect(callback.headers.authorization).toBeUndefined();
    expect(callback.body.type).toBe(4);
    const [embed] = callback.body.data.embeds;
    expect(embed.title).toBe("Health informatics");
    expect(embed.description).toBe("You asked: What do informaticists earn?\n\nHealth informatics pays well.");
    expect(embed.footer.text).toBe(sourcesLine(SOURCES));
    expect(callback.body.data.components[0].components.map((b: { label: string }) => b.label)).toEqual(SUGGESTIONS);
    expect(callback.body.data.flags ?? 0).toBe(0);
    expect(askedIn(`discord:${CHANNEL_ID}:${alice.id}`)).toEqual(["What do informaticists earn?"]);
  });

  it("answers /career in a direct message, in that conversation", async () => {
    const bob = user("bob");
    const dm = snowflake();
    const command = slashCommand({ from: bob, question: "Is coding needed?", channelId: dm, direct: true });
    bot.standIn.dispatch("INTERACTION_CREATE", command);

    const callback = await bot.standIn.requests.waitFor(callbackOf(command), "the interaction callback");
    expect(callback.body.data.embeds[0].description).toContain("You asked: Is coding needed?");
    expect(askedIn(`discord:${dm}:${bob.id}`)).toEqual(["Is coding needed?"]);
  });

  it("answers a message that mentions the bot with a reply to that message, without the mention in the question", async () => {
    const carol = user("carol");
    const question = message({ author: carol, content: `<@${BOT.id}> what is a clinical analyst?`, mentions: [BOT] });
    bot.standIn.dispatch("MESSAGE_CREATE", question);

    const reply = await bot.standIn.requests.waitFor(replyTo(question), "a reply to the mention");
    expect(reply.method).toBe("POST");
    expect(reply.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(reply.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(reply.body.embeds[0].description).toContain("You asked: what is a clinical analyst?");
    expect(askedIn(`discord:${CHANNEL_ID}:${carol.id}`)).toEqual(["what is a clinical analyst?"]);
  });

  it("answers a direct message in the same channel, without quoting it", async () => {
    const dave = user("dave");
    const dm = snowflake();
    bot.standIn.dispatch("MESSAGE_CREATE", message({ author: dave, content: "How long is the training?", channelId: dm, direct: true }));

    const reply = await bot.standIn.requests.waitFor((r) => r.path === `/channels/${dm}/messages`, "the answer in the direct message");
    expect(reply.body.message_reference).toBeUndefined();
    expect(reply.body.embeds[0].description).toContain("You asked: How long is the training?");
    expect(askedIn(`discord:${dm}:${dave.id}`)).toEqual(["How long is the training?"]);
  });

  it("asks a suggestion when its button is pressed, in the presser's conversation, quoting the question", async () => {
    const erin = user("erin");
    const command = slashCommand({ from: erin, question: "Tell me about pay" });
    bot.standIn.dispatch("INTERACTION_CREATE", command);
    const answer = await bot.standIn.requests.waitFor(callbackOf(command), "the first answer");

    const [row] = answer.created!.components as { components: { custom_id: string }[] }[];
    const press = buttonPress({ from: erin, customId: row!.components[1]!.custom_id, pressed: answer.created! });
    bot.standIn.dispatch("INTERACTION_CREATE", press);

    const followUp = await bot.standIn.requests.waitFor(callbackOf(press), "the answer to the pressed button");
    expect(followUp.body.data.content).toBe(`> ${SUGGESTIONS[1]}`);
    expect(followUp.body.data.embeds[0].description).toContain(`You asked: ${SUGGESTIONS[1]}`);
    expect(askedIn(`discord:${CHANNEL_ID}:${erin.id}`)).toEqual(["Tell me about pay", SUGGESTIONS[1]]);
  });

  it("ignores messages from bots, itself included", async () => {
    const human = user("frank");
    const otherBot = user("another-bot", true);
    const fromBot = message({ author: otherBot, content: `<@${BOT.id}> answer me`, mentions: [BOT] });
    const fromItself = message({ author: BOT, content: `<@${BOT.id}> answer me too`, mentions: [BOT] });
    const fromHuman = message({ author: human, content: `<@${BOT.id}> and me?`, mentions: [BOT] });
    for (const m of [fromBot, fromItself, fromHuman]) bot.standIn.dispatch("MESSAGE_CREATE", m);

    // Events are handled in order, so once the human has an answer the bots' messages have been passed over.
    await bot.standIn.requests.waitFor(replyTo(fromHuman), "the reply to the human");
    expect(bot.standIn.requests.items.filter((r) => replyTo(fromBot)(r) || replyTo(fromItself)(r))).toEqual([]);
    expect(asked.map((q) => q.text)).not.toContain("answer me");
    expect(asked.map((q) => q.text)).not.toContain("answer me too");
  });

  it("ignores server messages that do not mention the bot, even ones that mention @everyone", async () => {
    const gina = user("gina");
    const chatter = message({ author: gina, content: "@everyone lunch?", mentions: [] });
    const question = message({ author: gina, content: `<@${BOT.id}> which certifications count?`, mentions: [BOT] });
    bot.standIn.dispatch("MESSAGE_CREATE", chatter);
    bot.standIn.dispatch("MESSAGE_CREATE", question);

    await bot.standIn.requests.waitFor(replyTo(question), "the reply to the question");
    expect(askedIn(`discord:${CHANNEL_ID}:${gina.id}`)).toEqual(["which certifications count?"]);
  });
});

describe("safety", () => {
  it("sends allowed_mentions that ping nobody with every message, whatever the question echoes", async () => {
    const hank = user("hank");
    const pings = `@everyone @here <@&${snowflake()}> <@${hank.id}> hello`;
    const mention = message({ author: hank, content: `<@${BOT.id}> ${pings}`, mentions: [BOT, hank] });
    const command = slashCommand({ from: hank, question: pings });
    bot.standIn.dispatch("MESSAGE_CREATE", mention);
    bot.standIn.dispatch("INTERACTION_CREATE", command);

    const reply = await bot.standIn.requests.waitFor(replyTo(mention), "the reply to the mention");
    const callback = await bot.standIn.requests.waitFor(callbackOf(command), "the interaction callback");
    expect(reply.body.embeds[0].description).toContain("@everyone");
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("splits a long answer into messages within Discord's limits, at sentence ends, losing nothing", async () => {
    const ivy = user("ivy");
    const command = slashCommand({ from: ivy, question: LONG });
    bot.standIn.dispatch("INTERACTION_CREATE", command);

    const first = (await bot.standIn.requests.waitFor(callbackOf(command), "the first part")).body.data;
    // Parts go out one after another and only the last carries the sources, so when it arrives all have.
    await bot.standIn.requests.waitFor((r) => followUpsOf(command)(r) && r.body.embeds[0].footer, "the last part");
    const parts = [first, ...bot.standIn.requests.items.filter(followUpsOf(command)).map((r) => r.body)];
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const descriptions = parts.map((p) => p.embeds[0].description as string);

    for (const part of parts) {
      const [embed] = part.embeds;
      const total = [embed.title, embed.description, embed.footer?.text].reduce((sum, text) => sum + [...(text ?? "")].length, 0);
      expect(total).toBeLessThanOrEqual(6_000);
      expect([...embed.description].length).toBeLessThanOrEqual(4_096);
      expect(part.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    for (const description of descriptions) expect(description).toMatch(/\.$/);
    expect(descriptions.join(" ").replace(/\s+/g, " ")).toBe(LONG_TEXT.replace(/\s+/g, " "));
    expect(parts[0].embeds[0].title).toBe("Health informatics");
    expect(parts.at(-1).embeds[0].footer.text).toBe(sourcesLine(SOURCES));
    expect(parts.at(-1).components).toHaveLength(1);
    expect(parts.slice(0, -1).every((p) => !p.components?.length && !p.embeds[0].footer)).toBe(true);
  });

  it("tells a user over the rate limit to slow down once, privately, and ignores the rest without asking the engine", async () => {
    const jack = user("jack");
    const questions = [1, 2, 3].map((n) => message({ author: jack, content: `<@${BOT.id}> question ${n}`, mentions: [BOT] }));
    for (const q of questions) bot.standIn.dispatch("MESSAGE_CREATE", q);
    const command = slashCommand({ from: jack, question: "question 4" });
    bot.standIn.dispatch("INTERACTION_CREATE", command);
    const fifth = message({ author: jack, content: `<@${BOT.id}> question 5`, mentions: [BOT] });
    bot.standIn.dispatch("MESSAGE_CREATE", fifth);
    const marker = message({ author: user("jill"), content: `<@${BOT.id}> marker`, mentions: [BOT] });
    bot.standIn.dispatch("MESSAGE_CREATE", marker);

    const callback = await bot.standIn.requests.waitFor(callbackOf(command), "the callback over the limit");
    expect(callback.body.data).toMatchObject({ content: SLOW_DOWN, flags: 64 });
    // Events are handled in order, so once the marker is answered the fifth question has been passed over.
    await bot.standIn.requests.waitFor(replyTo(marker), "the reply to someone else");
    expect(bot.standIn.requests.items.filter(replyTo(fifth))).toEqual([]);
    expect(bot.standIn.requests.items.filter((r) => r.path.includes("/reactions/"))).toEqual([]);
    expect(askedIn(`discord:${CHANNEL_ID}:${jack.id}`)).toEqual(["question 1", "question 2", "question 3"]);
  });

  it("answers every /career refused inside the window with a private notice, so none is left without a response", async () => {
    const june = user("june");
    for (const n of [1, 2, 3]) bot.standIn.dispatch("MESSAGE_CREATE", message({ author: june, content: `<@${BOT.id}> question ${n}`, mentions: [BOT] }));
    const refused = [4, 5].map((n) => slashCommand({ from: june, question: `question ${n}` }));
    for (const command of refused) bot.standIn.dispatch("INTERACTION_CREATE", command);

    for (const command of refused) {
      const callback = await bot.standIn.requests.waitFor(callbackOf(command), "the callback over the limit");
      expect(callback.body.data).toMatchObject({ content: SLOW_DOWN, flags: 64 });
    }
    expect(askedIn(`discord:${CHANNEL_ID}:${june.id}`)).toEqual(["question 1", "question 2", "question 3"]);
  });

  it("answers a message or an interaction delivered twice only once", async () => {
    const kim = user("kim");
    const twice = message({ author: kim, content: `<@${BOT.id}> once only`, mentions: [BOT] });
    const command = slashCommand({ from: kim, question: "one command" });
    for (const _ of [1, 2]) {
      bot.standIn.dispatch("MESSAGE_CREATE", twice);
      bot.standIn.dispatch("INTERACTION_CREATE", command);
    }
    const marker = message({ author: user("lee"), content: `<@${BOT.id}> marker`, mentions: [BOT] });
    bot.standIn.dispatch("MESSAGE_CREATE", marker);
    await bot.standIn.requests.waitFor(replyTo(marker), "the reply to someone else");
    await bot.standIn.requests.waitFor(callbackOf(command), "the callback");
    expect(bot.standIn.requests.items.filter(replyTo(twice))).toHaveLength(1);
    expect(bot.standIn.requests.items.filter(callbackOf(command))).toHaveLength(1);
    expect(askedIn(`discord:${CHANNEL_ID}:${kim.id}`)).toEqual(["once only", "one command"]);
  });

  it("apologises when the engine throws, logs it, and keeps answering", async () => {
    const kate = user("kate");
    const failing = slashCommand({ from: kate, question: FAIL });
    bot.standIn.dispatch("INTERACTION_CREATE", failing);
    const apology = await bot.standIn.requests.waitFor(callbackOf(failing), "the apology");
    expect(apology.body.data).toMatchObject({ content: APOLOGY, flags: 64 });
    await bot.logs.waitFor((line) => line.includes("the knowledge index is broken"), "the engine failure in the log");

    const next = slashCommand({ from: kate, question: "still there?" });
    bot.standIn.dispatch("INTERACTION_CREATE", next);
    const answer = await bot.standIn.requests.waitFor(callbackOf(next), "the next answer");
    expect(answer.body.data.embeds[0].description).toContain("You asked: still there?");
  });

  it("logs an interaction that expired (10062) without its token, and keeps answering", async () => {
    const liam = user("liam");
    const late = slashCommand({ from: liam, question: "am I too late?" });
    bot.standIn.respondOnce(callbackOf(late), 404, { message: "Unknown interaction", code: 10062 });
    bot.standIn.dispatch("INTERACTION_CREATE", late);

    const line = await bot.logs.waitFor((l) => l.includes("10062"), "the expired interaction in the log");
    expect(line).toContain("warn");
    expect(line).toContain(`/interactions/${late.id}/[redacted]/callback`);
    expect(bot.logs.items.join("\n")).not.toContain(late.token);
    expect(bot.logs.items.join("\n")).not.toContain(TOKEN);

    const next = slashCommand({ from: liam, question: "and now?" });
    bot.standIn.dispatch("INTERACTION_CREATE", next);
    await bot.standIn.requests.waitFor(callbackOf(next), "the next answer");
  });
});
