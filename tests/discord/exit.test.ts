import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { expect, onTestFinished, test } from "vitest";
import { TOKEN } from "./harness.js";
import { BOT, CHANNEL_ID, message, user } from "./stand-in/payloads.js";
import { startStandIn } from "./stand-in/server.js";

// The built adapter in a process of its own, stopped on SIGTERM as `career-advisor discord` stops it: the
// process must end by itself, nothing left holding it open, within the stop deadline.
const dist = (path: string) => fileURLToPath(new URL(`../../dist/adapters/${path}`, import.meta.url));
const SCRIPT = `
  const { createDiscordAdapter } = await import(${JSON.stringify(dist("discord/adapter.js"))});
  const { createLogger } = await import(${JSON.stringify(dist("log.js"))});
  const { createEmbeddedStore } = await import(${JSON.stringify(dist("../src/store/index.js"))});
  const store = createEmbeddedStore({ logger: { info() {}, warn() {} } });
  const advisor = {
    ask: async (question) => ({ kind: "answer", title: "Pay", text: "You asked: " + question.text, sources: [], suggestions: [], careerIds: [], topic: "pay" }),
    async forget() {},
  };
  const adapter = createDiscordAdapter(advisor, { store, logger: createLogger({ secrets: [process.env.DISCORD_TOKEN] }), apiUrl: process.env.DISCORD_API_URL, stopDeadlineMs: 500 });
  await adapter.start(process.env.DISCORD_TOKEN);
  process.once("SIGTERM", () => void adapter.stop());
  process.stdout.write("ready\\n");
`;

test("with the REST API hanging, the process ends by itself soon after SIGTERM, giving up the unsent reply", async () => {
  const standIn = await startStandIn({ token: TOKEN });
  onTestFinished(() => standIn.close());
  standIn.hang((request) => request.path === `/channels/${CHANNEL_ID}/messages`);
  const child = spawn(process.execPath, ["--input-type=module", "-e", SCRIPT], {
    env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  onTestFinished(() => void child.kill("SIGKILL"));
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  await once(child.stdout, "data");

  standIn.dispatch("MESSAGE_CREATE", message({ author: user("kim"), content: `<@${BOT.id}> still there?`, mentions: [BOT] }));
  await standIn.requests.waitFor((request) => request.path === `/channels/${CHANNEL_ID}/messages`, "the hung request");

  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const [code] = (await Promise.race([exited, new Promise((_, reject) => setTimeout(() => reject(new Error(`still running; stderr: ${stderr}`)), 5_000))])) as [number];
  expect(code).toBe(0);
  expect(stderr).toContain("stopping: giving up 1 reply still unsent after 0.5 s");
  expect(stderr).toContain(`gave up a reply in channel ${CHANNEL_ID}: stopped before it could be sent`);
  expect(stderr).not.toContain(TOKEN);
});
