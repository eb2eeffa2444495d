import { describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/log.js";
import { createPipeline } from "../../adapters/runtime/pipeline.js";
import { createWebChat } from "../../adapters/web/chat-app.js";
import { createAdvisor } from "../../src/index.js";
import { embeddedStore, shippedKnowledge } from "../helpers.js";

const SITE = "https://careers.example.edu";
const logger = createLogger({ write: () => {} });
const store = embeddedStore();
const app = createWebChat({
  ask: createPipeline(createAdvisor(shippedKnowledge(), store.conversations), { channel: "web-plan", limit: { store, rateLimit: { points: 50, windowMs: 60_000 } }, logger }),
  origins: [SITE],
  rateLimiter: store.rateLimiter({ name: "web-plan-origin", points: 100, windowMs: 60_000 }),
  logger,
  greeting: () => ({ field: "careers", introduction: "Hi!", suggestions: [] }),
});

type Output = { conversation: string; kind: string; text: string; suggestions: string[] };

async function ask(question: string, conversation?: string): Promise<Output> {
  const response = await app.request("http://advisor.test/chat/api/ask", {
    method: "POST",
    headers: { "content-type": "application/json", origin: SITE },
    body: JSON.stringify({ question, ...(conversation && { conversation }) }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Output;
}

describe("a guided plan in the web chat", () => {
  it("runs the interview over several requests of one conversation, each question's options its chips", async () => {
    const start = await ask("where do I start?");
    expect(start.kind).toBe("clarify");
    expect(start.suggestions).toHaveLength(4);
    const { conversation } = start;
    for (const answer of [start.suggestions[3]!, "bachelor's", "management"]) expect((await ask(answer, conversation)).kind).toBe("clarify");
    const plan = await ask("none", conversation);
    expect(plan.kind).toBe("answer");
    expect(plan.text).toContain("1. Aim first for: Health services manager.");
  });
});
