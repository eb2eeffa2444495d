import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKeys } from "../../adapters/http/api-keys.js";
import { AskReply } from "../../adapters/http/api-schema.js";
import { createApp } from "../../adapters/http/app.js";
import { askRoute } from "../../adapters/http/routes/ask.js";
import { httpChannel } from "../../adapters/http/server.js";
import { createLogger } from "../../adapters/log.js";
import { createMetrics } from "../../adapters/runtime/metrics.js";
import { createPipeline } from "../../adapters/runtime/pipeline.js";
import { createAdvisor } from "../../src/index.js";
import { embeddedStore, shippedKnowledge } from "../helpers.js";

// The guided plan over the HTTP API: one conversation, one request a turn, the interview's state kept by the store.
const KEY = "plan-key-0123456789abcdef";
const rateLimit = { points: 50, windowMs: 60_000 };
const store = embeddedStore();
const logger = createLogger({ write: () => {} });
const pipeline = createPipeline(createAdvisor(shippedKnowledge(), store.conversations), { channel: "api", limit: { store, rateLimit }, logger, metrics: createMetrics() });
const server = httpChannel("api", createApp([askRoute({ ask: pipeline, keys: createApiKeys([KEY]), rateLimit })], logger), { port: 0, host: "127.0.0.1", logger });

beforeAll(() => server.start());
afterAll(() => server.stop());

async function ask(conversation: string, text: string) {
  const response = await fetch(`http://127.0.0.1:${server.port}/v1/ask`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ conversation, text }),
  });
  expect(response.status).toBe(200);
  return AskReply.parse(await response.json());
}

describe("a guided plan over POST /v1/ask", () => {
  it("asks each question with its options, over several requests of one conversation, then gives the plan and redoes it on a change", async () => {
    const start = await ask("plan-1", "help me plan");
    expect(start.kind).toBe("clarify");
    expect(start.options).toEqual(start.suggestions);
    expect(start.options[1]).toBe("IT (computers, networks, software)");

    // A button sends its option's text back.
    const schooling = await ask("plan-1", start.options[1]!);
    expect(schooling.text).toBe("What is the highest schooling you have?");
    expect((await ask("plan-1", "associate degree")).kind).toBe("clarify");
    expect((await ask("plan-1", "data")).kind).toBe("clarify");
    const plan = await ask("plan-1", "no time for school");
    expect(plan).toMatchObject({ kind: "answer", title: "Your career plan" });
    expect(plan.text).toContain("1. Aim first for: Health information technician.");
    expect(plan.text).toContain("$37,110");
    expect(plan.sources.map((s) => s.id)).toContain("bls");

    const changed = await ask("plan-1", "actually I have a bachelor's");
    expect(changed.text).toMatch(/^Changed: bachelor's degree instead of associate degree\./);
    expect(changed.text).toContain("1. Aim first for: Healthcare IT professional.");
  });

  it("keeps each conversation's interview to itself", async () => {
    await ask("plan-2", "plan");
    const other = await ask("plan-3", "nurse");
    expect(other.kind).not.toBe("clarify");
    expect((await ask("plan-2", "nurse")).text).toBe("What is the highest schooling you have?");
  });
});
