import { expect, onTestFinished, test } from "vitest";
import { createSlackAdapter } from "../../adapters/slack/app.js";
import { createLogger } from "../../adapters/log.js";
import { createRecording } from "./recording.js";
import { createFakeAdvisor } from "./fake-advisor.js";
import { BOT_TOKEN, CHANNEL, commandFields, sectionsText, USER } from "./harness.js";
import { startStandIn } from "./stand-in.js";
import { embeddedStore } from "../helpers.js";

test("in Socket Mode a slash command envelope is acknowledged on the socket, answered at its response_url, and the socket closes cleanly on stop", async () => {
  const standIn = await startStandIn();
  onTestFinished(() => standIn.close());
  const advisor = createFakeAdvisor();
  const logs = createRecording<string>((line) => line);
  const adapter = createSlackAdapter(advisor, {
    store: embeddedStore(),
    botToken: BOT_TOKEN,
    connection: { mode: "socket", appToken: "xapp-1-A0CAREER-1-stand-in-app-token" },
    apiUrl: standIn.apiUrl,
    logger: createLogger({ write: logs.push }),
  });
  await adapter.start();
  onTestFinished(() => adapter.stop());
  expect(adapter.port).toBeUndefined();
  expect(standIn.requests.map((request) => request.method)).toEqual(["auth.test", "apps.connections.open"]);

  const responseUrl = standIn.responseUrl();
  standIn.sendFrame({
    envelope_id: "envelope-1",
    type: "slash_commands",
    accepts_response_payload: true,
    payload: { ...commandFields("what is health informatics?"), response_url: responseUrl },
  });

  const ack = await standIn.waitFor((request) => request.method === "socket");
  expect(ack.body).toEqual({ envelope_id: "envelope-1", payload: {} });
  const answer = await standIn.waitFor((request) => request.path === new URL(responseUrl).pathname);
  expect(standIn.requests.indexOf(ack)).toBeLessThan(standIn.requests.indexOf(answer));
  expect(answer.body).toMatchObject({ response_type: "ephemeral" });
  expect(sectionsText(answer.body)).toContain("You asked: what is health informatics?");
  expect(advisor.asked).toEqual([{ text: "what is health informatics?", conversationId: `slack:${CHANNEL}:${USER}` }]);

  await adapter.stop();
  const closed = await standIn.waitFor((request) => request.method === "socket closed");
  expect(closed.body).toEqual({ code: 1000 });
  // The one line every question gets, and nothing else: no warning, no error.
  expect(logs.items.map((line) => JSON.parse(line).msg)).toEqual(["answered"]);
});
