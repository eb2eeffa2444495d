import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKeys } from "../../adapters/http/api-keys.js";
import { AskReply, ApiError } from "../../adapters/http/api-schema.js";
import { createApp } from "../../adapters/http/app.js";
import { askRoute } from "../../adapters/http/routes/ask.js";
import { openApiDocument, openApiRoute } from "../../adapters/http/routes/openapi.js";
import { httpChannel } from "../../adapters/http/server.js";
import { createLogger } from "../../adapters/log.js";
import { createMetrics } from "../../adapters/runtime/metrics.js";
import { createPipeline } from "../../adapters/runtime/pipeline.js";
import { answerLine } from "../../adapters/terminal/batch.js";
import { createAdvisor } from "../../src/index.js";
import { embeddedStore, shippedKnowledge } from "../helpers.js";

// Each test asks with keys of its own, so one test's rate limit never touches another.
const KEYS = ["a", "b", "c", "d", "e", "f"].map((letter) => `${letter}-key-0123456789abcdef`);
const [KEY, OTHER, THIRD, FOURTH, FIFTH, SIXTH] = KEYS as [string, string, string, string, string, string];
let base: string;
const store = embeddedStore();
const metrics = createMetrics();
const logLines: string[] = [];
const logger = createLogger({ write: (line) => logLines.push(line) });
const rateLimit = { points: 3, windowMs: 60_000 };
const pipeline = createPipeline(createAdvisor(shippedKnowledge(), store.conversations), { channel: "api", limit: { store, rateLimit }, logger, metrics });
const server = httpChannel("api", createApp([askRoute({ ask: pipeline, keys: createApiKeys(KEYS), rateLimit }), openApiRoute("9.9.9")], logger), { port: 0, host: "127.0.0.1", logger });

beforeAll(async () => {
  await server.start();
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.stop());

const ask = (body: string, key: string | null = KEY, headers: Record<string, string> = {}) =>
  fetch(`${base}/v1/ask`, { method: "POST", headers: { "content-type": "application/json", ...(key && { authorization: `Bearer ${key}` }), ...headers }, body });

async function error(response: Response): Promise<string> {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return ApiError.parse(await response.json()).error;
}

describe("POST /v1/ask", () => {
  it("answers with the reply object of one batch line, shaped as the OpenAPI document says", async () => {
    const body = JSON.stringify({ conversation: "c1", text: "how much do health information technicians make?" });
    const response = await ask(body, SIXTH);
    expect(response.status).toBe(200);
    const reply = AskReply.parse(await response.json());
    expect(reply).toEqual({ ...JSON.parse(await answerLine((question) => createAdvisor(shippedKnowledge()).ask(question), body, 1)), conversation: "c1", id: expect.stringMatching(/^[\w-]{16}$/) });
    expect(reply.text).toContain("$37,110");
    expect(response.headers.get("ratelimit-policy")).toBe("3;w=60");
    expect(response.headers.get("ratelimit-limit")).toBe("3");
    expect(response.headers.get("ratelimit-remaining")).toBe("2");
    expect(Number(response.headers.get("ratelimit-reset"))).toBeGreaterThan(30);
  });

  it("ignores fields it does not know", async () => {
    const response = await ask(JSON.stringify({ text: "hi", extra: 1, client: { version: 2 } }), SIXTH);
    expect(response.status).toBe(200);
    expect(AskReply.parse(await response.json())).toMatchObject({ question: "hi", kind: "smalltalk" });
  });

  it("refuses a body not sent as JSON with 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/jsonx"]) {
      const response = await ask(JSON.stringify({ text: "hi" }), SIXTH, { "content-type": type });
      expect(response.status).toBe(415);
      expect(await error(response)).toMatch(/Content-Type: application\/json/);
    }
    expect((await ask(JSON.stringify({ text: "hi" }), SIXTH, { "content-type": "application/json; charset=utf-8" })).status).toBe(200);
  });

  it("refuses a request without a key, or with one not in API_KEYS, with 401", async () => {
    const body = JSON.stringify({ text: "hi" });
    for (const response of [await ask(body, null), await ask(body, "not-a-key-0123456789abcdef"), await ask(body, null, { authorization: KEY })]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
      expect(await error(response)).toMatch(/Authorization: Bearer <key>/);
    }
  });

  it("says what is wrong with a malformed body, with 400", async () => {
    expect(await error(await ask("{not json"))).toMatch(/^not valid JSON; expected \{"conversation"\?: string, "text": string\}/);
    const missing = await ask(JSON.stringify({ conversation: "c" }));
    expect(missing.status).toBe(400);
    expect(await error(missing)).toMatch(/^text: /);
    const wrongType = await ask(JSON.stringify({ text: 42 }));
    expect(wrongType.status).toBe(400);
    expect(await error(wrongType)).toMatch(/^text: .*string/);
    const notAnObject = await ask("[1]");
    expect(await error(notAnObject)).not.toContain("(the line)");
  });

  it("refuses a body over 16 KB with 413", async () => {
    const response = await ask(JSON.stringify({ text: "x".repeat(16 * 1024) }));
    expect(response.status).toBe(413);
    expect(await error(response)).toMatch(/16 KB/);
  });

  it("turns a key away past its rate limit with 429 and Retry-After, while another key still asks", async () => {
    const body = JSON.stringify({ text: "hi" });
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 5 && !limited; i++) {
      const response = await ask(body, KEY);
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(limited?.status).toBe(429);
    // The window is a minute and began with this test's first question: its end is most of a minute away.
    const retryAfter = Number(limited!.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(30);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await error(limited!)).toMatch(new RegExp(`retry after ${retryAfter} s`));
    expect(limited!.headers.get("ratelimit-remaining")).toBe("0");
    expect(limited!.headers.get("ratelimit-reset")).toBe(String(retryAfter));
    expect(await metrics.registry.getSingleMetricAsString("career_advisor_rate_limited_total")).toContain('career_advisor_rate_limited_total{channel="api"} 1');
    expect((await ask(body, THIRD)).status).toBe(200);
  });

  it("keeps each key's conversations apart, even under the same name", async () => {
    const asked = async (key: string, text: string) => ((await (await ask(JSON.stringify({ conversation: "shared", text }), key)).json()) as { text: string }).text;
    expect(await asked(FOURTH, "what do health information technicians do?")).toMatch(/health information technicians/i);
    expect(await asked(FOURTH, "how much do they earn?")).toContain("$37,110");
    // Under another key the same conversation has no earlier question, so "they" names nobody.
    expect(await asked(FIFTH, "how much do they earn?")).not.toContain("$37,110");
  });

  it("answers other methods and paths with 405 and 404", async () => {
    const get = await fetch(`${base}/v1/ask`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect((await fetch(`${base}/v1/nothing`)).status).toBe(404);
  });
});

describe("GET /v1/openapi.json", () => {
  it("serves the document, whose reply and error schemas are the ones real responses were checked against above", async () => {
    const response = await fetch(`${base}/v1/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as ReturnType<typeof openApiDocument>;
    expect(document).toEqual(JSON.parse(JSON.stringify(openApiDocument("9.9.9"))));
    expect(document.openapi).toBe("3.1.0");
    const reply = document.components.schemas.Reply as { required: string[]; additionalProperties: boolean };
    expect(reply.required.sort()).toEqual(["conversation", "id", "kind", "options", "question", "sources", "suggestions", "text", "title"]);
    expect(reply.additionalProperties).toBe(false);
    expect(Object.keys(document.paths["/v1/ask"].post.responses).sort()).toEqual(["200", "400", "401", "413", "415", "429", "503"]);
    expect([document.paths["/v1/ask"].post.operationId, document.paths["/v1/feedback"].post.operationId]).toEqual(["ask", "giveFeedback"]);
  });
});
