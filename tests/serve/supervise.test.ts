import { describe, expect, it, onTestFinished } from "vitest";
import { createLogger } from "../../adapters/log.js";
import type { Channel } from "../../adapters/runtime/channel.js";
import { createSupervisor } from "../../adapters/runtime/supervise.js";

function fakeChannel(name: string, events: string[], failStart?: string): Channel {
  return {
    name,
    async start() {
      events.push(`start ${name}`);
      if (failStart) throw new Error(failStart);
    },
    async stop() {
      events.push(`stop ${name}`);
    },
  };
}

function supervisor() {
  const lines: string[] = [];
  const before = { interrupt: process.listeners("SIGINT"), terminate: process.listeners("SIGTERM") };
  onTestFinished(() => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      for (const listener of process.listeners(signal)) if (![...before.interrupt, ...before.terminate].includes(listener)) process.off(signal, listener);
    }
  });
  return { supervisor: createSupervisor(createLogger({ write: (line) => lines.push(line) })), lines };
}

describe("the supervisor", () => {
  it("starts channels in order and, on SIGTERM, stops them newest first, then cleans up", async () => {
    const events: string[] = [];
    const { supervisor: s, lines } = supervisor();
    const listening = process.listeners("SIGINT").length;
    const running = await s.start([fakeChannel("discord", events), fakeChannel("slack", events), fakeChannel("http", events)], { cleanup: () => void events.push("cleanup") });
    expect(process.listeners("SIGINT").length).toBe(listening + 1);
    process.emit("SIGTERM");
    await running.finished;
    expect(events).toEqual(["start discord", "start slack", "start http", "stop http", "stop slack", "stop discord", "cleanup"]);
    expect(lines.join("")).toContain("SIGTERM received");
    // Neither signal is listened for any more, so a second Ctrl-C ends the process the default way.
    expect(process.listeners("SIGINT").length).toBe(listening);
  });

  it("stops what it started, and the channel that failed, when a channel cannot start", async () => {
    const events: string[] = [];
    const { supervisor: s } = supervisor();
    const starting = s.start([fakeChannel("discord", events), fakeChannel("http", events, "port 3000 is already in use"), fakeChannel("never", events)], { cleanup: () => void events.push("cleanup") });
    await expect(starting).rejects.toThrow("port 3000 is already in use");
    expect(events).toEqual(["start discord", "start http", "stop http", "stop discord", "cleanup"]);
  });

  it("stops everything and rejects `finished` with the message when a running channel fails for good", async () => {
    const events: string[] = [];
    const { supervisor: s } = supervisor();
    const running = await s.start([fakeChannel("discord", events), fakeChannel("http", events)], { cleanup: () => void events.push("cleanup") });
    s.fail("Discord rejected DISCORD_TOKEN (gateway close 4004; not reconnecting)");
    await expect(running.finished).rejects.toThrow(/Discord rejected DISCORD_TOKEN/);
    expect(events.slice(2)).toEqual(["stop http", "stop discord", "cleanup"]);
  });

  it("rejects `finished` after SIGTERM when a channel's stop gave up on work, so the process exits non-zero", async () => {
    const events: string[] = [];
    const { supervisor: s, lines } = supervisor();
    const abandoning: Channel = { name: "http", start: async () => {}, stop: async () => Promise.reject(new Error("gave up on 2 requests still unanswered 8 s after stopping began")) };
    const running = await s.start([fakeChannel("discord", events), abandoning], { cleanup: () => void events.push("cleanup") });
    process.emit("SIGTERM");
    await expect(running.finished).rejects.toThrow(/gave up on work still under way/);
    expect(events.slice(1)).toEqual(["stop discord", "cleanup"]);
    expect(lines.join("")).toContain("stopping http failed: Error: gave up on 2 requests");
  });

  it("fails a start that a channel reports fatal while it is still starting", async () => {
    const { supervisor: s } = supervisor();
    const hanging: Channel = { name: "discord", start: () => new Promise(() => {}), stop: async () => {} };
    const starting = s.start([hanging]);
    s.fail("Discord refused the shard this bot connected as.");
    await expect(starting).rejects.toThrow("refused the shard");
  });
});
