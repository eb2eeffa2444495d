import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runRegister } from "../../adapters/discord/register.js";
import { startServe } from "../../adapters/serve/main.js";
import { TOKEN } from "./harness.js";
import { APPLICATION_ID, GUILD_ID } from "./stand-in/payloads.js";
import { startStandIn, type StandIn } from "./stand-in/server.js";

// `career-advisor discord [register]` as the command line runs it: settings from the environment, logs on stderr.
let standIn: StandIn;
let stderr: string[];

beforeEach(async () => {
  standIn = await startStandIn({ token: TOKEN });
  vi.stubEnv("DISCORD_TOKEN", TOKEN);
  vi.stubEnv("DISCORD_APPLICATION_ID", APPLICATION_ID);
  vi.stubEnv("DISCORD_GUILD_ID", "");
  vi.stubEnv("DISCORD_API_URL", standIn.apiUrl);
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await standIn.close();
});

describe("career-advisor discord register", () => {
  it("replaces one server's commands with /career when DISCORD_GUILD_ID is set", async () => {
    vi.stubEnv("DISCORD_GUILD_ID", GUILD_ID);
    await runRegister();

    const [put] = standIn.requests.items;
    expect(standIn.requests.items).toHaveLength(1);
    expect(put).toMatchObject({ method: "PUT", path: `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands` });
    expect(put!.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put!.body).toEqual([
      {
        name: "career",
        description: "Ask about careers in healthcare IT",
        options: [{ type: 3, name: "question", description: expect.any(String), required: true }],
      },
    ]);
    expect(stderr.join("")).toContain(`registered /career in server ${GUILD_ID}`);
  });

  it("replaces the global commands with /career, usable in servers and in direct messages with the bot", async () => {
    await runRegister();

    const [put] = standIn.requests.items;
    expect(put).toMatchObject({ method: "PUT", path: `/applications/${APPLICATION_ID}/commands` });
    expect(put!.body).toHaveLength(1);
    expect(put!.body[0]).toMatchObject({ name: "career", integration_types: [0], contexts: [0, 1] });
  });

  it("explains a refused token without printing it", async () => {
    vi.stubEnv("DISCORD_TOKEN", "MTEwMDAwMDAwMDAwMDAwMDAx.GwRong.not-the-token-the-stand-in-expects");
    await expect(runRegister()).rejects.toThrow(/Discord rejected DISCORD_TOKEN/);
    expect(stderr.join("")).not.toContain("not-the-token");
  });
});

describe("career-advisor discord", () => {
  it("connects, then logs out with a normal close on SIGTERM, never printing the token", async () => {
    const before = { rejection: process.listeners("unhandledRejection"), interrupt: process.listeners("SIGINT") };
    try {
      await startServe({ only: "discord" });
      process.emit("SIGTERM");

      expect(await standIn.clientCloses.waitFor(() => true, "the bot closing the gateway")).toBe(1000);
      expect(stderr.join("")).toMatch(/connected to Discord as career-advisor[\s\S]*SIGTERM received: taking no new questions/);
      expect(stderr.join("")).not.toContain(TOKEN);
    } finally {
      for (const listener of process.listeners("unhandledRejection")) {
        if (!before.rejection.includes(listener)) process.off("unhandledRejection", listener);
      }
      for (const listener of process.listeners("SIGINT")) if (!before.interrupt.includes(listener)) process.off("SIGINT", listener);
    }
  });
});
