import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { BOT_TOKEN, button, buttonPayload, commandFields, directMessage, eventEnvelope, sectionsText } from "../slack/harness.js";
import { formBody, postSigned, SIGNING_SECRET } from "../slack/signed.js";
import { startStandIn, type Recorded } from "../slack/stand-in.js";
import { exitsWithin, startCli } from "../serve/process.js";
import { HAVE_REDIS, startRedis } from "../store/redis-server.js";

// Two `serve` processes (the built command) behind an imagined load balancer, sharing one Redis and one Slack:
// whichever process a request reaches, they must act as one advisor.

const API_KEY = "replica-api-key-0123456789abcdef";

async function twoReplicas() {
  const redis = await startRedis();
  onTestFinished(() => redis.close());
  const slack = await startStandIn();
  onTestFinished(() => slack.close());
  const env = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    API_KEYS: API_KEY,
    REDIS_URL: redis.url,
    REDIS_PREFIX: `replicas-${randomUUID()}`,
    LOG_FORMAT: "json",
  };
  const running = [startCli(["serve"], env), startCli(["serve"], env)];
  const ports = await Promise.all(running.map((r) => r.port()));
  const url = (replica: number, path: string) => `http://127.0.0.1:${ports[replica]}${path}`;
  let events = 0;
  return {
    redis,
    slack,
    running,
    /** A Slack event as Slack posts it, to one replica; the same id twice is Slack's retry. */
    event: (replica: number, event: Record<string, unknown>, eventId = `Ev${randomUUID()}-${++events}`) =>
      postSigned(url(replica, "/slack/events"), JSON.stringify(eventEnvelope(event, eventId)), "application/json"),
    command: async (replica: number, text: string) => {
      const responseUrl = slack.responseUrl();
      await postSigned(url(replica, "/slack/events"), formBody({ ...commandFields(text), response_url: responseUrl }), "application/x-www-form-urlencoded");
      return responseUrl;
    },
    press: async (replica: number, pressed: Parameters<typeof buttonPayload>[0]) => {
      const responseUrl = slack.responseUrl().replace("/commands/", "/actions/");
      const payload = buttonPayload(pressed, { ephemeral: true }, responseUrl);
      await postSigned(url(replica, "/slack/events"), formBody({ payload: JSON.stringify(payload) }), "application/x-www-form-urlencoded");
      return responseUrl;
    },
    ask: async (replica: number, body: object) => {
      const response = await fetch(url(replica, "/v1/ask"), { method: "POST", headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: response.status, text: ((await response.json()) as { text?: string }).text };
    },
    metrics: async (replica: number) => (await fetch(url(replica, "/metrics"))).text(),
    health: async (replica: number) => {
      const response = await fetch(url(replica, "/healthz"));
      return { status: response.status, body: (await response.json()) as { status: string; store: { status: string } } };
    },
  };
}

/** What the bot said in one DM channel, in order. */
const postsTo = (requests: readonly Recorded[], channel: string, method = "chat.postMessage") =>
  requests.filter((r) => r.method === method && r.body.channel === channel).map((r) => sectionsText(r.body) || String(r.body.text));

const pathOf = (url: string) => new URL(url).pathname;

describe.skipIf(!HAVE_REDIS)("two serve processes sharing one Redis", { timeout: 60_000 }, () => {
  it("act as one advisor: context, de-duplication, rate limits and shares hold whichever process a request reaches", async () => {
    const replicas = await twoReplicas();
    const { slack } = replicas;
    const settled = (channel: string, count: number, method?: string) =>
      vi.waitFor(() => expect(postsTo(slack.requests, channel, method).length).toBeGreaterThanOrEqual(count), { timeout: 10_000, interval: 20 });

    // A conversation alternating between the processes keeps its context: "they" is the career asked about before.
    const talk = { channel: "D0TALK", user: "U0TALK" };
    await replicas.event(0, directMessage("what do health information technicians do?", talk));
    await settled(talk.channel, 1);
    await replicas.event(1, directMessage("how much do they earn?", talk));
    await settled(talk.channel, 2);
    await replicas.event(0, directMessage("and in hospitals?", talk));
    await settled(talk.channel, 3);
    const [, pay, hospitals] = postsTo(slack.requests, talk.channel);
    expect(pay).toContain("$37,110");
    expect(hospitals).toContain("$43,080");

    // One event delivered to both (a retry after a slow ack reaching the other process) is answered once.
    const twice = { channel: "D0TWICE", user: "U0TWICE" };
    const eventId = `Ev${randomUUID()}`;
    await Promise.all([0, 1].map((replica) => replicas.event(replica, directMessage("what certifications do HIT specialists need?", twice), eventId)));
    // Each process handles its requests in order, so once a later event is answered on both, the retry has been passed over.
    for (const replica of [0, 1]) await replicas.event(replica, directMessage(`marker ${replica}`, twice));
    await settled(twice.channel, 3);
    expect(postsTo(slack.requests, twice.channel).filter((text) => /certif/i.test(text))).toHaveLength(1);

    // A burst split across both processes meets one limit (ten a minute): ten answers and one notice, then silence.
    const burst = { channel: "D0BURST", user: "U0BURST" };
    await Promise.all(Array.from({ length: 14 }, (_, n) => replicas.event(n % 2, directMessage(`what is HIT? (${n})`, burst))));
    await settled(burst.channel, 10);
    await settled(burst.channel, 1, "chat.postEphemeral");
    for (const replica of [0, 1]) await replicas.event(replica, directMessage("marker", { channel: "D0MARK", user: `U0MARK${replica}` }));
    await settled("D0MARK", 2);
    expect(postsTo(slack.requests, burst.channel)).toHaveLength(10);
    expect(postsTo(slack.requests, burst.channel, "chat.postEphemeral")).toHaveLength(1);

    // An answer kept for sharing on one process is shared by a click that reaches the other, once.
    const privately = await replicas.command(0, "what do health information technicians earn?");
    const answer = await slack.waitFor((r) => r.path === pathOf(privately), 10_000);
    const share = button(answer.body, "Share in channel");
    const shared = await replicas.press(1, share);
    const posted = await slack.waitFor((r) => r.path === pathOf(shared), 10_000);
    expect(posted.body).toMatchObject({ response_type: "in_channel" });
    expect(sectionsText(posted.body)).toBe(sectionsText(answer.body));
    const again = await replicas.press(0, share);
    expect((await slack.waitFor((r) => r.path === pathOf(again), 10_000)).body).toMatchObject({ response_type: "ephemeral" });

    for (const running of replicas.running) {
      running.child.kill("SIGTERM");
      expect(await exitsWithin(running, 10_000)).toBe(0);
    }
  });

  it("keep answering while Redis is down, report degraded health, and recover by themselves when it is back", async () => {
    const replicas = await twoReplicas();
    const conversation = `c-${randomUUID()}`;
    expect(await replicas.ask(0, { conversation, text: "what do health information technicians do?" })).toMatchObject({ status: 200 });
    expect((await replicas.ask(1, { conversation, text: "how much do they earn?" })).text).toContain("$37,110");

    await replicas.redis.stop();
    for (const replica of [0, 1]) {
      const started = Date.now();
      expect(await replicas.ask(replica, { text: "how much do health information technicians make?" })).toMatchObject({ status: 200, text: expect.stringContaining("$37,110") });
      expect(await replicas.ask(replica, { conversation, text: "and what certifications do they need?" })).toMatchObject({ status: 200 });
      expect(Date.now() - started).toBeLessThan(5_000);
      await vi.waitFor(async () => expect(await replicas.health(replica)).toMatchObject({ status: 200, body: { status: "degraded", store: { status: "degraded" } } }), { timeout: 10_000, interval: 100 });
      const metrics = await replicas.metrics(replica);
      expect(metrics).toMatch(/^career_advisor_store_up 0$/m);
      expect(Number(/^career_advisor_store_errors_total\{operation="connection"\} (\d+)/m.exec(metrics)?.[1])).toBeGreaterThan(0);
    }

    await replicas.redis.start();
    for (const replica of [0, 1]) {
      await vi.waitFor(async () => expect(await replicas.health(replica)).toMatchObject({ status: 200, body: { status: "ok", store: { status: "ok" } } }), { timeout: 15_000, interval: 100 });
    }
    const again = `c-${randomUUID()}`;
    await replicas.ask(1, { conversation: again, text: "what do health information technicians do?" });
    expect((await replicas.ask(0, { conversation: again, text: "how much do they earn?" })).text).toContain("$37,110");

    for (const running of replicas.running) {
      const said = running.lines.items.filter((line) => line.includes("unreachable"));
      // The outage is logged once when it starts and once when it ends, not for every question.
      expect(said).toHaveLength(1);
      expect(running.lines.items.filter((line) => line.includes("reachable again"))).toHaveLength(1);
      running.child.kill("SIGTERM");
      expect(await exitsWithin(running, 10_000)).toBe(0);
    }
  });
});
