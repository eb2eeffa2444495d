import { expect, onTestFinished, test } from "vitest";
import { ADAPTER_SCRIPT_START, dist, startAdapterProcess } from "../adapter-process.js";
import { TOKEN } from "./harness.js";
import { BOT, CHANNEL_ID, message, user } from "./stand-in/payloads.js";
import { startStandIn } from "./stand-in/server.js";

// The built adapter in a process of its own, stopped on SIGTERM as `career-advisor discord` stops it: the
// process must end by itself, nothing left holding it open, within the stop deadline.
const SCRIPT = `${ADAPTER_SCRIPT_START}
  const { createDiscordAdapter } = await import(${JSON.stringify(dist("discord/adapter.js"))});
  const adapter = createDiscordAdapter(advisor, { store, logger: createLogger({ secrets: [process.env.DISCORD_TOKEN] }), apiUrl: process.env.DISCORD_API_URL, stopDeadlineMs: 500 });
  await adapter.start(process.env.DISCORD_TOKEN);
  process.once("SIGTERM", () => void adapter.stop());
  process.stdout.write("ready\\n");
`;

test("with the REST API hanging, the process ends by itself soon after SIGTERM, giving up the unsent reply", async () => {
  const standIn = await startStandIn({ token: TOKEN });
  onTestFinished(() => standIn.close());
  standIn.hang((request) => request.path === `/channels/${CHANNEL_ID}/messages`);
  const child = await startAdapterProcess(SCRIPT, { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl });

  standIn.dispatch("MESSAGE_CREATE", message({ author: user("kim"), content: `<@${BOT.id}> still there?`, mentions: [BOT] }));
  await standIn.requests.waitFor((request) => request.path === `/channels/${CHANNEL_ID}/messages`, "the hung request");

  const code = await child.stop();
  expect(code).toBe(0);
  expect(child.stderr()).toContain("stopping: giving up 1 reply still unsent after 0.5 s");
  expect(child.stderr()).toContain(`gave up a reply in channel ${CHANNEL_ID}: stopped before it could be sent`);
  expect(child.stderr()).not.toContain(TOKEN);
});
