import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKeys } from "../../adapters/http/api-keys.js";
import { ApiError, AskReply, FeedbackResult } from "../../adapters/http/api-schema.js";
import { createApp } from "../../adapters/http/app.js";
import { askRoute } from "../../adapters/http/routes/ask.js";
import { feedbackRoute } from "../../adapters/http/routes/feedback.js";
import { openApiDocument } from "../../adapters/http/routes/openapi.js";
import { httpChannel } from "../../adapters/http/server.js";
import { createLogger } from "../../adapters/log.js";
import { createPipeline } from "../../adapters/runtime/pipeline.js";
import { openRecords } from "../../adapters/records.js";
import { createAdvisor } from "../../src/index.js";
import { embeddedStore, shippedKnowledge } from "../helpers.js";
import { linesIn, scratchDir } from "../records/scratch.js";

const KEY = "feedback-key-0123456789abcdef";
const OTHER = "another-key-0123456789abcdef";
const dataDir = scratchDir();
const store = embeddedStore();
const logger = createLogger({ write: () => {} });
const knowledge = shippedKnowledge();
const records = openRecords({ dir: dataDir, retentionDays: 180 }, logger, () => knowledge.version, store);
const keys = createApiKeys([KEY, OTHER]);
const ask = createPipeline(createAdvisor(knowledge, store.conversations), { channel: "api", limit: { store, rateLimit: { points: 100, windowMs: 60_000 } }, logger, recorder: records.recorder });
const server = httpChannel(
  "api",
  createApp([askRoute({ ask, keys, rateLimit: { points: 100, windowMs: 60_000 } }), feedbackRoute({ votes: records.votes, keys, store, rateLimit: { points: 30, windowMs: 60_000 } })], logger),
  { port: 0, host: "127.0.0.1", logger },
);

let base: string;
beforeAll(async () => {
  await server.start();
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.stop());

const post = (path: string, body: unknown, key: string | null = KEY) =>
  fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key && { authorization: `Bearer ${key}` }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const askFor = async (text: string) => AskReply.parse(await (await post("/v1/ask", { text })).json());
const vote = async (body: object, key = KEY) => {
  const response = await post("/v1/feedback", body, key);
  return { status: response.status, body: (await response.json()) as unknown };
};
const votesFor = (replyId: string) => linesIn(dataDir).filter((line) => "vote" in line && line.replyId === replyId);

describe("the HTTP API's records and votes", () => {
  it("records a question it could not answer, with the API's channel and nothing of the key", async () => {
    const reply = await askFor("what do astronauts earn? write to me at jo@example.org");
    const [record] = linesIn(dataDir).filter((line) => line.replyId === reply.id);
    expect(record).toMatchObject({ channel: "api", kind: "fallback", knowledge: knowledge.version, question: "what do astronauts earn? write to me at [email]" });
    expect(JSON.stringify(linesIn(dataDir))).not.toContain(KEY);
  });

  it("counts one vote per voter and reply through POST /v1/feedback, and a vote the other way changes it", async () => {
    const reply = await askFor("how much do health information technicians make?");
    expect(reply.id).toMatch(/^[\w-]{16}$/);
    const first = await vote({ reply: reply.id, vote: "helpful", voter: "user-1" });
    expect(first).toEqual({ status: 200, body: { reply: reply.id, vote: "helpful", outcome: "recorded" } });
    FeedbackResult.parse(first.body);
    expect((await vote({ reply: reply.id, vote: "helpful", voter: "user-1" })).body).toMatchObject({ outcome: "unchanged" });
    expect((await vote({ reply: reply.id, vote: "not-helpful", voter: "user-1" })).body).toMatchObject({ outcome: "changed" });
    expect((await vote({ reply: reply.id, vote: "helpful", voter: "user-2" })).body).toMatchObject({ outcome: "recorded" });
    // Without a voter the key votes; another key's "user-1" is another person.
    expect((await vote({ reply: reply.id, vote: "helpful" })).body).toMatchObject({ outcome: "recorded" });
    expect((await vote({ reply: reply.id, vote: "helpful", voter: "user-1" }, OTHER)).body).toMatchObject({ outcome: "recorded" });
    expect(votesFor(reply.id!).map(({ vote, changed, channel, topic }) => [vote, changed, channel, topic])).toEqual([
      ["helpful", false, "api", "pay"],
      ["not-helpful", true, "api", "pay"],
      ["helpful", false, "api", "pay"],
      ["helpful", false, "api", "pay"],
      ["helpful", false, "api", "pay"],
    ]);
    expect(JSON.stringify(votesFor(reply.id!))).not.toContain("user-1");
  });

  it("answers 404 for a reply it does not know, 400 naming the field for a bad body, and 401 without a key", async () => {
    const unknown = await vote({ reply: "AAAAAAAAAAAAAAAA", vote: "helpful" });
    expect(unknown.status).toBe(404);
    expect(ApiError.parse(unknown.body).error).toMatch(/no reply with that id/);
    const badVote = await vote({ reply: "AAAAAAAAAAAAAAAA", vote: "great" });
    expect(badVote.status).toBe(400);
    expect(ApiError.parse(badVote.body).error).toMatch(/^vote: /);
    const missing = await vote({ vote: "helpful" });
    expect(ApiError.parse(missing.body).error).toMatch(/^reply: /);
    const notJson = await post("/v1/feedback", "{nope");
    expect(notJson.status).toBe(400);
    expect(ApiError.parse(await notJson.json()).error).toMatch(/^not valid JSON; expected \{"reply"/);
    expect((await post("/v1/feedback", { reply: "x", vote: "helpful" }, null)).status).toBe(401);
  });

  it("is described in the OpenAPI document", () => {
    const document = openApiDocument("1.0.0");
    expect(Object.keys(document.paths["/v1/feedback"].post.responses).sort()).toEqual(["200", "400", "401", "404", "413", "415", "429", "503"]);
    expect(document.components.schemas.FeedbackRequest).toMatchObject({ required: ["reply", "vote"] });
  });
});
