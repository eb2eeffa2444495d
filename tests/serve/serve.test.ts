import { createServer } from "node:net";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { TOKEN } from "../discord/harness.js";
import { APPLICATION_ID, message, snowflake, user } from "../discord/stand-in/payloads.js";
import { startStandIn as startDiscord } from "../discord/stand-in/server.js";
import { BOT_TOKEN, commandFields, sectionsText } from "../slack/harness.js";
import { formBody, postSigned, SIGNING_SECRET } from "../slack/signed.js";
import { startStandIn as startSlack } from "../slack/stand-in.js";
import { exitsWithin, freePort, startCli, type Running } from "./process.js";

// `career-advisor serve` as a supervisor runs it: the built command in a process of its own, logs as JSON lines.

const API_KEY = "api-key-for-tests-0123456789abcdef";
const ALICE = user("alice");

async function discordStandIn() {
  const standIn = await startDiscord({ token: TOKEN });
  onTestFinished(() => standIn.close());
  return { standIn, env: { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: standIn.apiUrl } };
}

async function slackStandIn() {
  const standIn = await startSlack();
  onTestFinished(() => standIn.close());
  return { standIn, env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: standIn.apiUrl } };
}

async function health(port: number): Promise<{ status: number; body: { status: string; channels: Record<string, string>; knowledge: { version: string } } }> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: (await response.json()) as never };
}

const metric = async (port: number, pattern: RegExp) => Number(pattern.exec(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text())?.[1] ?? NaN);

const askApi = (port: number, body: object) =>
  fetch(`http://127.0.0.1:${port}/v1/ask`, { method: "POST", headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" }, body: JSON.stringify(body) });

/** Every line is a JSON object with a level and a message; none carries a secret. */
function checkLogs(running: Running, secrets: string[]): Record<string, unknown>[] {
  const entries = running.lines.items.map((line) => JSON.parse(line) as Record<string, unknown>);
  for (const entry of entries) expect(entry).toMatchObject({ level: expect.any(String), msg: expect.any(String), time: expect.any(String) });
  for (const secret of secrets) expect(running.output()).not.toContain(secret);
  return entries;
}

/**
 * Resolves once the process has loaded its code and knowledge and begun connecting (Node's start-up alone takes
 * seconds on a loaded machine); the 10 seconds a failure may take to end the process count from here.
 */
async function booted(running: Running): Promise<void> {
  await Promise.race([running.lines.waitFor((line) => line.includes('"msg":"starting: '), 30_000), running.exited]);
}

async function stop(running: Running): Promise<void> {
  running.child.kill("SIGTERM");
  expect(await exitsWithin(running, 10_000)).toBe(0);
}

describe("career-advisor serve", { timeout: 45_000 }, () => {
  it("with no channel configured says how to turn one on and exits non-zero", async () => {
    const running = startCli(["serve"], {});
    expect(await exitsWithin(running, 10_000)).toBe(1);
    expect(running.output()).toMatch(/No channel is configured[\s\S]*DISCORD_TOKEN[\s\S]*SLACK_BOT_TOKEN[\s\S]*API_KEYS/);
  });

  it("serves the API alone: answers, counts, logs one JSON line per question without its text, and exits 0 on SIGTERM", async () => {
    const running = startCli(["serve"], { API_KEYS: `other-key-0123456789abcdef, ${API_KEY}` });
    const port = await running.port();
    expect(await health(port)).toMatchObject({ status: 200, body: { status: "ok", channels: { api: "connected" }, store: { status: "ok", backend: "embedded" }, knowledge: { version: expect.stringMatching(/^[0-9a-f]{12}$/) } } });

    const answered = /career_advisor_questions_total\{channel="api",kind="answer"\} (\d+)/;
    const response = await askApi(port, { text: "how much do health information technicians make?" });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { kind: string }).kind).toBe("answer");
    await askApi(port, { text: "what education do health information technicians need?" });
    expect(await metric(port, answered)).toBe(2);
    expect(await metric(port, /career_advisor_answer_seconds_count\{channel="api"\} (\d+)/)).toBe(2);
    expect(await metric(port, /career_advisor_channel_connected\{channel="api"\} (\d+)/)).toBe(1);
    expect((await fetch(`http://127.0.0.1:${port}/v1/ask`, { method: "POST", body: "{}" })).status).toBe(401);

    await stop(running);
    const entries = checkLogs(running, [API_KEY, "other-key-0123456789abcdef"]);
    expect(entries.filter((entry) => entry.msg === "answered")).toEqual([
      expect.objectContaining({ level: "info", channel: "api", kind: "answer", topic: "pay", latencyMs: expect.any(Number) }),
      expect.objectContaining({ channel: "api" }),
    ]);
    expect(running.output()).not.toContain("how much do");
    expect(entries.map((entry) => entry.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/^discord is off: set DISCORD_TOKEN/), expect.stringMatching(/^slack is off: set SLACK_BOT_TOKEN/)]));
  });

  it("logs the question's text at LOG_LEVEL=debug", async () => {
    const running = startCli(["serve"], { API_KEYS: API_KEY, LOG_LEVEL: "debug" });
    const port = await running.port();
    await askApi(port, { text: "what certs should I get?" });
    await running.lines.waitFor((line) => line.includes('"text":"what certs should I get?"') && line.includes('"level":"debug"'));
    await stop(running);
  });

  it("runs Discord alone: answers a direct message, and /healthz turns 503 while the gateway is down and 200 once it resumes", async () => {
    const { standIn, env } = await discordStandIn();
    const running = startCli(["serve"], env);
    const port = await running.port();
    expect(await health(port)).toMatchObject({ status: 200, body: { channels: { discord: "connected" } } });

    const dm = snowflake();
    standIn.dispatch("MESSAGE_CREATE", message({ author: ALICE, content: "how much do health information technicians make?", channelId: dm, direct: true }));
    const sent = await standIn.requests.waitFor((request) => request.path === `/channels/${dm}/messages`, "the answer", 10_000);
    expect(JSON.stringify(sent.body)).toContain("37,110");
    await vi.waitFor(async () => expect(await metric(port, /career_advisor_questions_total\{channel="discord",kind="answer"\} (\d+)/)).toBe(1));

    // 4000 is a close Discord expects the bot to come back from: it tries to resume the session.
    standIn.closeGateway(4000);
    await vi.waitFor(async () => expect(await health(port)).toMatchObject({ status: 503, body: { status: "unavailable", channels: { discord: "disconnected" } } }), { timeout: 10_000, interval: 50 });
    expect(await metric(port, /career_advisor_channel_connected\{channel="discord"\} (\d+)/)).toBe(0);
    await standIn.frames.waitFor((frame) => frame.op === 6, "RESUME");
    standIn.dispatch("RESUMED", {});
    await vi.waitFor(async () => expect((await health(port)).status).toBe(200), { timeout: 10_000, interval: 50 });

    await stop(running);
    expect(await standIn.clientCloses.waitFor((code) => code === 1000, "a normal close")).toBe(1000);
    checkLogs(running, [TOKEN]);
  });

  it("runs Slack alone in HTTP mode on the shared server: a signed /career is answered at its response_url", async () => {
    const { standIn, env } = await slackStandIn();
    const running = startCli(["serve"], env);
    const port = await running.port();
    expect(await health(port)).toMatchObject({ status: 200, body: { channels: { slack: "connected" } } });

    const responseUrl = standIn.responseUrl();
    const response = await postSigned(`http://127.0.0.1:${port}/slack/events`, formBody({ ...commandFields("what do health information technicians do?"), response_url: responseUrl }), "application/x-www-form-urlencoded");
    expect(response.status).toBe(200);
    const answer = await standIn.waitFor((request) => request.path === new URL(responseUrl).pathname, 10_000);
    expect(sectionsText(answer.body)).toMatch(/health information technician/i);
    const unsigned = await postSigned(`http://127.0.0.1:${port}/slack/events`, formBody(commandFields("hi")), "application/x-www-form-urlencoded", { signature: null });
    expect(unsigned.status).toBe(401);

    await stop(running);
    checkLogs(running, [BOT_TOKEN, SIGNING_SECRET, "response-url-secret"]);
  });

  it("runs Discord, Slack and the API together, and reports each in /healthz", async () => {
    const discord = await discordStandIn();
    const slack = await slackStandIn();
    const running = startCli(["serve"], { ...discord.env, ...slack.env, API_KEYS: API_KEY });
    const port = await running.port();
    expect(await health(port)).toMatchObject({ status: 200, body: { channels: { discord: "connected", slack: "connected", api: "connected" } } });
    expect((await askApi(port, { text: "hi" })).status).toBe(200);

    // Discord lets one person ask five questions back to back; the sixth is turned away and counted.
    const dm = snowflake();
    for (let i = 0; i < 6; i++) discord.standIn.dispatch("MESSAGE_CREATE", message({ author: ALICE, content: `hello ${i}`, channelId: dm, direct: true }));
    await vi.waitFor(async () => expect(await metric(port, /career_advisor_rate_limited_total\{channel="discord"\} (\d+)/)).toBe(1), { timeout: 10_000, interval: 100 });
    expect(await metric(port, /career_advisor_questions_total\{channel="discord",kind="smalltalk"\} (\d+)/)).toBe(5);

    await stop(running);
    checkLogs(running, [TOKEN, BOT_TOKEN, SIGNING_SECRET, API_KEY]);
  });

  it("runs Slack in Socket Mode, reported connected once the socket is up", async () => {
    const { standIn, env } = await slackStandIn();
    const running = startCli(["serve"], { ...env, SLACK_SIGNING_SECRET: "", SLACK_APP_TOKEN: "xapp-1-A0CAREER-1-stand-in-app-token" });
    const port = await running.port();
    await vi.waitFor(async () => expect(await health(port)).toMatchObject({ status: 200, body: { channels: { slack: "connected" } } }), { timeout: 10_000, interval: 100 });
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST" })).status).toBe(404);
    await stop(running);
    await standIn.waitFor((request) => request.method === "socket closed");
    checkLogs(running, [BOT_TOKEN, "stand-in-app-token"]);
  });
});

describe("probes and metrics", { timeout: 45_000 }, () => {
  it("answers /livez and /readyz (GET and HEAD), keeps /livez at 200 while Discord reconnects, and serves /metrics only on METRICS_PORT", async () => {
    const { standIn, env } = await discordStandIn();
    const metricsPort = await freePort();
    const running = startCli(["serve"], { ...env, API_KEYS: API_KEY, METRICS_PORT: String(metricsPort) });
    const port = await running.port();
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready", knowledge: { version: expect.stringMatching(/^[0-9a-f]{12}$/) } }]);
    for (const path of ["/livez", "/readyz", "/healthz"]) expect((await fetch(`http://127.0.0.1:${port}${path}`, { method: "HEAD" })).status, path).toBe(200);

    standIn.closeGateway(4000);
    await vi.waitFor(async () => expect((await health(port)).status).toBe(503), { timeout: 10_000, interval: 50 });
    expect((await fetch(`http://127.0.0.1:${port}/livez`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    expect(await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text()).toContain("career_advisor_questions_total");
    expect((await fetch(`http://127.0.0.1:${metricsPort}/v1/openapi.json`)).status).toBe(404);
    await stop(running);
  });

  it("asks for METRICS_TOKEN as a bearer token on /metrics, and never logs it", async () => {
    const token = "metrics-token-for-tests-0123456789";
    const running = startCli(["serve"], { API_KEYS: API_KEY, METRICS_TOKEN: token });
    const port = await running.port();
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    await stop(running);
    expect(checkLogs(running, [token, API_KEY]).filter((entry) => entry.msg === "request refused")).toEqual([expect.objectContaining({ status: 401, path: "/metrics" })]);
  });

  it("refuses a malformed API_RATE_LIMIT, METRICS_PORT or METRICS_TOKEN at start, naming it", async () => {
    for (const [name, value, message] of [
      ["API_RATE_LIMIT", "lots", /API_RATE_LIMIT does not look right: expected a whole number of questions per API key per minute/],
      ["API_RATE_LIMIT", "0", /API_RATE_LIMIT does not look right/],
      ["METRICS_PORT", "99999", /METRICS_PORT does not look right/],
      ["METRICS_TOKEN", "short", /METRICS_TOKEN must be at least 16 characters/],
    ] as const) {
      const running = startCli(["serve"], { API_KEYS: API_KEY, [name]: value });
      expect(await exitsWithin(running, 10_000)).toBe(1);
      expect(running.output()).toMatch(message);
      if (name === "METRICS_TOKEN") expect(running.output()).not.toContain(`"${value}"`);
    }
  });
});

describe("failing loudly", { timeout: 45_000 }, () => {
  it("ends non-zero within 10 s with one message when Discord refuses the token, for serve and for discord alone", async () => {
    const { env } = await discordStandIn();
    const wrong = { ...env, DISCORD_TOKEN: "MTEwMDAwMDAwMDAwMDAwMDAx.GwRong.not-the-token-the-stand-in-expects" };
    for (const command of ["serve", "discord"]) {
      const running = startCli([command], wrong);
      await booted(running);
      expect(await exitsWithin(running, 10_000)).toBe(1);
      expect(running.output()).toContain("Discord rejected DISCORD_TOKEN");
      expect(running.output()).not.toContain("not-the-token");
    }
  });

  it("ends non-zero within 10 s when Discord closes the gateway for good while serving", async () => {
    const { standIn, env } = await discordStandIn();
    const running = startCli(["serve"], { ...env, API_KEYS: API_KEY });
    await running.port();
    standIn.closeGateway(4014);
    expect(await exitsWithin(running, 10_000)).toBe(1);
    expect(running.output()).toMatch(/privileged intent.*4014/);
  });

  it("ends non-zero within 10 s when the port is taken, logging out of Discord first, for serve and for slack alone", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    onTestFinished(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const port = String((taken.address() as { port: number }).port);

    const discord = await discordStandIn();
    const serving = startCli(["serve"], { ...discord.env, API_KEYS: API_KEY, PORT: port });
    await booted(serving);
    expect(await exitsWithin(serving, 10_000)).toBe(1);
    expect(serving.output()).toContain(`127.0.0.1 port ${port} is already in use`);
    expect(await discord.standIn.clientCloses.waitFor(() => true, "the bot closing the gateway")).toBe(1000);

    const slack = await slackStandIn();
    const alone = startCli(["slack"], { ...slack.env, PORT: port });
    await booted(alone);
    expect(await exitsWithin(alone, 10_000)).toBe(1);
    expect(alone.output()).toContain(`port ${port} is already in use`);
  });
});
