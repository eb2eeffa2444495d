import { describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/log.js";
import { APOLOGY_REPLY, createPipeline, type Pipeline } from "../../adapters/runtime/pipeline.js";
import { createWebChat } from "../../adapters/web/chat-app.js";
import { createAdvisor } from "../../src/index.js";
import { embeddedStore, shippedKnowledge } from "../helpers.js";

const SITE = "https://careers.example.edu";
const HERE = "http://advisor.test";
const logger = createLogger({ write: () => {} });
const store = embeddedStore();
const advisor = createAdvisor(shippedKnowledge(), store.conversations);
const greeting = () => ({ field: "careers in healthcare IT", introduction: "Hi! <b>Ask</b> me.", suggestions: ["What do they earn?"] });

/** A chat of its own per test, so one test's rate limits never touch another's. */
function chat({ visitorPoints = 20, originPoints = 100, ask }: { visitorPoints?: number; originPoints?: number; ask?: Pipeline } = {}) {
  const name = `web-${Math.random()}`;
  return createWebChat({
    ask: ask ?? createPipeline(advisor, { channel: name, limit: { store, rateLimit: { points: visitorPoints, windowMs: 60_000 } }, logger }),
    origins: [SITE],
    rateLimiter: store.rateLimiter({ name: `${name}-origin`, points: originPoints, windowMs: 60_000 }),
    logger,
    greeting,
  });
}

const post = (app: ReturnType<typeof chat>, body: unknown, headers: Record<string, string> = { origin: SITE }) =>
  app.request(`${HERE}/chat/api/ask`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

const PAY = "how much do health information technicians make?";

describe("the web chat's page", () => {
  it("is HTML that loads only this server's own files, under a CSP that lets only this server and the listed sites frame it", async () => {
    const response = await chat().request(`${HERE}/chat`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = response.headers.get("content-security-policy")!;
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", `frame-ancestors 'self' ${SITE}`]) expect(csp).toContain(directive);
    expect(response.headers.get("x-frame-options")).toBeNull();
    expect(response.headers.get("set-cookie")).toBeNull();
    const page = await response.text();
    expect(page).not.toMatch(/<script(?![^>]*\bsrc="\/chat\/assets\/chat\.js")/);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/\sstyle=/);
    expect(page).toContain('role="log"');
    expect(page).toContain('<label for="question">Your question</label>');
    expect(page).toContain("Hi! &lt;b&gt;Ask&lt;/b&gt; me.");
    expect(page).toContain('<button type="button" class="chip">What do they earn?</button>');
  });

  it("serves its stylesheet, its script and the embed script with their types; the embed script may be loaded by other sites", async () => {
    const app = chat();
    const style = await app.request(`${HERE}/chat/assets/chat.css`);
    expect(style.headers.get("content-type")).toMatch(/^text\/css/);
    const script = await app.request(`${HERE}/chat/assets/chat.js`);
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(script.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    const embed = await app.request(`${HERE}/chat/embed.js`);
    expect(embed.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(embed.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(await embed.text()).toContain("iframe");
    expect((await app.request(`${HERE}/chat/nothing-here`)).status).toBe(404);
  });
});

describe("POST /chat/api/ask", () => {
  it("answers a listed site with the reply, its sources and suggestions, and keeps the conversation in one HttpOnly cookie", async () => {
    const app = chat();
    const response = await post(app, { question: PAY });
    expect(response.status).toBe(200);
    const reply = (await response.json()) as { conversation: string; kind: string; text: string; sources: { title: string }[]; suggestions: string[] };
    expect(reply.kind).toBe("answer");
    expect(reply.text).toContain("$37,110");
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(response.headers.get("access-control-allow-origin")).toBe(SITE);
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toBe(`conversation=${reply.conversation}; Path=/chat; HttpOnly; SameSite=Strict`);
  });

  it("marks the cookie Secure when the request came by HTTPS", async () => {
    const response = await chat().request("https://advisor.test/chat/api/ask", { method: "POST", headers: { "content-type": "application/json", origin: SITE }, body: JSON.stringify({ question: PAY }) });
    expect(response.headers.getSetCookie()[0]).toMatch(/; Secure/);
  });

  it("carries a follow-up in the same conversation, named in the body or by the cookie", async () => {
    const app = chat();
    const first = (await (await post(app, { question: PAY })).json()) as { conversation: string };
    const byBody = (await (await post(app, { question: "and in hospitals?", conversation: first.conversation })).json()) as { conversation: string; kind: string };
    expect(byBody).toMatchObject({ conversation: first.conversation, kind: "answer" });
    const byCookie = (await (await post(app, { question: "why?" }, { origin: SITE, cookie: `conversation=${first.conversation}` })).json()) as { conversation: string };
    expect(byCookie.conversation).toBe(first.conversation);
    const alone = (await (await post(app, { question: "and in hospitals?" })).json()) as { conversation: string; kind: string };
    expect(alone.conversation).not.toBe(first.conversation);
  });

  it("refuses an origin not in the list, and a request with no origin, with 403; the page's own origin is allowed", async () => {
    const app = chat();
    for (const headers of [{ origin: "https://elsewhere.example.com" }, { origin: "null" }, {} as Record<string, string>]) {
      const response = await post(app, { question: PAY }, headers);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(/WEB_CHAT_ORIGINS/);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    expect((await post(app, { question: PAY }, { origin: HERE })).status).toBe(200);
  });

  it("answers a CORS preflight for a listed site only", async () => {
    const preflight = (origin: string) => chat().request(`${HERE}/chat/api/ask`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
    expect((await preflight(SITE)).headers.get("access-control-allow-origin")).toBe(SITE);
    expect((await preflight("https://elsewhere.example.com")).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("says what is wrong with bad input, with a 4xx and no question asked", async () => {
    let asked = 0;
    const app = chat({ ask: async () => (asked++, { kind: "apology" as const, reply: APOLOGY_REPLY }) });
    const cases: [unknown, number, RegExp][] = [
      ["{not json", 400, /question/],
      [{}, 400, /^question: /],
      [{ question: "   " }, 400, /^question: type a question/],
      [{ question: "x".repeat(501) }, 400, /^question: at most 500/],
      [{ question: PAY, conversation: "../other" }, 400, /^conversation: /],
      [{ question: PAY, extra: 1 }, 400, /extra/],
      [{ question: "x".repeat(10_000) }, 413, /larger than/],
    ];
    for (const [body, status, error] of cases) {
      const response = await post(app, body);
      expect(response.status, JSON.stringify(body).slice(0, 40)).toBe(status);
      expect(((await response.json()) as { error: string }).error).toMatch(error);
    }
    const plain = await app.request(`${HERE}/chat/api/ask`, { method: "POST", headers: { origin: SITE, "content-type": "text/plain" }, body: JSON.stringify({ question: PAY }) });
    expect(plain.status).toBe(415);
    expect(asked).toBe(0);
  });

  it("answers an apology as a reply when the advisor fails", async () => {
    const response = await post(chat({ ask: async () => ({ kind: "apology" as const, reply: APOLOGY_REPLY }) }), { question: PAY });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ kind: "fallback", sources: [], suggestions: [] });
  });

  it("limits each visitor, and each site, with 429 and Retry-After", async () => {
    const perVisitor = chat({ visitorPoints: 2 });
    const first = (await (await post(perVisitor, { question: PAY })).json()) as { conversation: string };
    expect((await post(perVisitor, { question: "why?", conversation: first.conversation })).status).toBe(200);
    const refused = await post(perVisitor, { question: "why?", conversation: first.conversation });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await post(perVisitor, { question: PAY })).status).toBe(200);

    const perSite = chat({ originPoints: 2 });
    expect((await post(perSite, { question: PAY })).status).toBe(200);
    expect((await post(perSite, { question: PAY })).status).toBe(200);
    const siteRefused = await post(perSite, { question: PAY });
    expect(siteRefused.status).toBe(429);
    expect(((await siteRefused.json()) as { error: string }).error).toMatch(/this site/);
    expect((await post(perSite, { question: PAY }, { origin: HERE })).status).toBe(200);
  });
});
