import { describe, expect, it } from "vitest";
import { startBot, TOKEN } from "./harness.js";
import { scriptedAdvisor } from "./scripted-advisor.js";

describe("connecting and stopping", () => {
  it("identifies with no privileged intent and logs out cleanly with a normal close", async () => {
    const bot = await startBot(scriptedAdvisor().advisor);
    try {
      await bot.adapter.start(TOKEN);
      const identify = await bot.standIn.frames.waitFor((f) => f.op === 2, "IDENTIFY");
      const intents = (identify.d as { intents: number }).intents;
      const guilds = 1 << 0, guildMessages = 1 << 9, directMessages = 1 << 12;
      expect(intents).toBe(guilds | guildMessages | directMessages);
      await bot.logs.waitFor((line) => line.includes("connected to Discord as career-advisor"), "the connected line");

      await bot.adapter.stop();
      expect(await bot.standIn.clientCloses.waitFor(() => true, "the bot closing the gateway")).toBe(1000);
      expect(bot.logs.items.join("\n")).not.toContain(TOKEN);
    } finally {
      await bot.close();
    }
  });

  it("stops with a message naming DISCORD_TOKEN when the gateway refuses the token (4004), without reconnecting", async () => {
    const bot = await startBot(scriptedAdvisor().advisor, { closeOnIdentify: 4004 });
    try {
      const error = await bot.adapter.start(TOKEN).then(() => undefined, (e: unknown) => e as Error);
      expect(error?.message).toMatch(/Discord rejected DISCORD_TOKEN.*4004.*not reconnecting/s);
      expect(error?.message).not.toContain(TOKEN);
      expect(bot.standIn.frames.items.filter((f) => f.op === 2)).toHaveLength(1);
      expect(bot.standIn.connections()).toBe(1);
    } finally {
      await bot.close();
    }
  });

  it("stops with a message naming DISCORD_TOKEN when the REST API refuses the token (401)", async () => {
    const bot = await startBot(scriptedAdvisor().advisor);
    try {
      const error = await bot.adapter.start("MTEwMDAwMDAwMDAwMDAwMDAx.GwRong.not-the-token-the-stand-in-expects").then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(/Discord rejected DISCORD_TOKEN/);
      expect(bot.standIn.requests.items.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /gateway/bot"]);
      expect(bot.standIn.connections()).toBe(0);
    } finally {
      await bot.close();
    }
  });

  it("stops and reports a fatal close that comes after it was running (4014), without reconnecting", async () => {
    let reported: (message: string) => void = () => {};
    const fatal = new Promise<string>((resolve) => (reported = resolve));
    const bot = await startBot(scriptedAdvisor().advisor, { onFatalClose: (message) => reported(message) });
    try {
      await bot.adapter.start(TOKEN);
      bot.standIn.closeGateway(4014);

      expect(await fatal).toMatch(/privileged intent.*4014.*not reconnecting/s);
      await bot.logs.waitFor((line) => line.includes("4014"), "the fatal close in the log");
      expect(bot.standIn.frames.items.filter((f) => f.op === 2 || f.op === 6)).toHaveLength(1);
      expect(bot.standIn.connections()).toBe(1);
    } finally {
      await bot.close();
    }
  });
});
