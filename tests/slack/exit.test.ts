import { expect, onTestFinished, test } from "vitest";
import { ADAPTER_SCRIPT_START, dist, startAdapterProcess } from "../adapter-process.js";
import { directMessage, eventEnvelope, BOT_TOKEN } from "./harness.js";
import { postSigned, SIGNING_SECRET } from "./signed.js";
import { startStandIn } from "./stand-in.js";

// The built adapter in a process of its own, as `career-advisor slack` runs it, stopped on SIGTERM the way its
// command does: the process must end by itself, nothing left holding it open, within the stop deadline.
const SCRIPT = `${ADAPTER_SCRIPT_START}
  const { createSlackAdapter } = await import(${JSON.stringify(dist("slack/app.js"))});
  const adapter = createSlackAdapter(advisor, {
    store,
    botToken: process.env.SLACK_BOT_TOKEN,
    connection: { mode: "http", signingSecret: process.env.SLACK_SIGNING_SECRET, port: 0, host: "127.0.0.1" },
    apiUrl: process.env.SLACK_API_URL,
    logger: createLogger(),
    stopDeadlineMs: 500,
  });
  await adapter.start();
  process.once("SIGTERM", () => void adapter.stop());
  process.stdout.write("port " + adapter.port + "\\n");
`;

test("with the Web API hanging, the process ends by itself soon after SIGTERM, giving up the unsent reply", async () => {
  const standIn = await startStandIn();
  onTestFinished(() => standIn.close());
  standIn.hang("chat.postMessage");
  const child = await startAdapterProcess(SCRIPT, { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: standIn.apiUrl });
  const port = /port (\d+)/.exec(child.firstLine)?.[1];

  const event = eventEnvelope(directMessage("what is health informatics?"), "Ev0HUNG");
  await postSigned(`http://127.0.0.1:${port}/slack/events`, JSON.stringify(event), "application/json");
  await standIn.waitFor((request) => request.method === "chat.postMessage");

  // The hung request alone would hold the process for 30 s of retries; the deadline is 0.5 s.
  const code = await child.stop();
  expect(code).toBe(0);
  expect(child.stderr()).toContain("Stopping: giving up 1 reply still unsent after 0.5 s");
  expect(child.stderr()).toContain("Gave up a reply in D0ALICE: stopped before it could be sent");
  expect(child.stderr()).not.toContain(BOT_TOKEN);
});
