import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCli, type Running } from "../serve/process.js";
import { axeViolations, HAVE_CHROMIUM, launchBrowser, type Browser } from "./browser.js";

// The page as a visitor meets it: the built `serve` with only the web chat on, and Debian's Chromium driving it.
const PAY = "how much do health information technicians make?";
const LONG = "what do health information technicians do and where do they work and what do they earn and what education do they need?";
const SCREENSHOTS = join(tmpdir(), "career-advisor-web-chat");

let serve: Running;
/** The page's address on the `serve` of the test running. */
let chat: string;
let browser: Browser;
/** A career centre's site on another port: listed in WEB_CHAT_ORIGINS as 127.0.0.1, not as localhost. */
let site: Server;
let siteOrigin: string;

const question = (page: Page) => page.getByRole("textbox", { name: /question/i });
const send = (page: Page) => page.getByRole("button", { name: "Send", exact: true });
const log = (page: Page) => page.getByRole("log");
const advisorMessages = (page: Page) => log(page).locator(".message.advisor");

/** A `serve` of this test's own, so no test's conversations or rate limits reach another's. */
async function startChat(): Promise<void> {
  serve = startCli(["serve"], { WEB_CHAT: "on", WEB_CHAT_ORIGINS: siteOrigin });
  chat = `http://127.0.0.1:${await serve.port()}/chat`;
}

async function open(width = 1280): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(chat);
  return page;
}

/** Resolves with the new reply once the advisor has answered, however the question was asked. */
async function nextReply(page: Page, ask: () => Promise<void>): Promise<Locator> {
  const before = await advisorMessages(page).count();
  await ask();
  const reply = advisorMessages(page).nth(before);
  await reply.waitFor();
  return reply;
}

async function askByClick(page: Page, text: string): Promise<Locator> {
  return nextReply(page, async () => {
    await question(page).fill(text);
    await send(page).click();
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// Generous bounds: a browser and a server process share two cores with the rest of the suite.
describe.skipIf(!HAVE_CHROMIUM)("the web chat in a browser", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const sitePort = await freePort();
    siteOrigin = `http://127.0.0.1:${sitePort}`;
    site = createServer((request, response) => {
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(`<!doctype html><html lang="en"><title>Careers</title><h1>Our career centre</h1><script src="${chat}/embed.js" async></script></html>`);
    });
    await new Promise<void>((resolve) => site.listen(sitePort, "127.0.0.1", resolve));
    browser = await launchBrowser();
  }, 60_000);

  beforeEach(startChat, 30_000);

  afterAll(async () => {
    await browser?.close();
    site?.close();
  });

  it("answers a question with the figure and its sources, offers suggestions, and keeps the focus in the question box", async () => {
    const page = await open();
    const reply = await askByClick(page, PAY);
    expect(await reply.textContent()).toContain("$37,110");
    expect(await log(page).locator(".message.you").last().textContent()).toContain(PAY);
    expect(await reply.locator(".sources li").count()).toBeGreaterThan(0);
    expect(await page.getByRole("region", { name: "Suggested questions" }).getByRole("button").count()).toBeGreaterThan(0);
    expect(await question(page).evaluate((box) => box === box.ownerDocument.activeElement)).toBe(true);
    expect(await question(page).inputValue()).toBe("");
    const cookies = await browser.context.cookies(chat);
    expect(cookies.map(({ name, httpOnly, sameSite }) => ({ name, httpOnly, sameSite }))).toEqual([{ name: "conversation", httpOnly: true, sameSite: "Strict" }]);
  });

  it("answers a follow-up in the same conversation", async () => {
    const page = await open();
    await askByClick(page, PAY);
    const followUp = await askByClick(page, "and in hospitals?");
    expect(await followUp.textContent()).toContain("$43,080");
  });

  it("asks a suggestion when one is picked", async () => {
    const page = await open();
    const chip = page.getByRole("region", { name: "Suggested questions" }).getByRole("button").first();
    const text = (await chip.textContent())!;
    const reply = await nextReply(page, () => chip.click());
    expect(await log(page).locator(".message.you").last().textContent()).toContain(text);
    expect(await reply.textContent()).toMatch(/\$\d/);
    expect(await question(page).evaluate((box) => box === box.ownerDocument.activeElement)).toBe(true);
  });

  it("shows a long answer whole, and looks right at 360 px and 1280 px", async () => {
    for (const width of [360, 1280]) {
      const page = await open(width);
      // Scrolled at once rather than smoothly, so each screenshot shows where the scrolling ends.
      await page.emulateMedia({ reducedMotion: "reduce" });
      const reply = await askByClick(page, LONG);
      expect((await reply.textContent())!.length).toBeGreaterThan(1_000);
      expect(await page.locator("html").evaluate((root) => root.scrollWidth <= root.clientWidth)).toBe(true);
      const asked = log(page).locator(".message.you").last();
      expect(await asked.evaluate((node) => node.getBoundingClientRect().top - node.parentElement!.getBoundingClientRect().top)).toBeLessThan(30);
      await page.screenshot({ path: join(SCREENSHOTS, `long-answer-${width}.png`) });
      await log(page).evaluate((node) => node.scrollTo({ top: node.scrollHeight }));
      expect(await reply.locator(".sources li").first().isVisible()).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `long-answer-end-${width}.png`) });
    }
    const first = await open(360);
    await first.screenshot({ path: join(SCREENSHOTS, "start-360.png") });
    process.stderr.write(`web chat screenshots: ${SCREENSHOTS}\n`);
  });

  it("works with the keyboard alone: Tab to the box, type, Enter; Tab to a suggestion, Enter", async () => {
    const page = await open();
    for (let presses = 0; presses < 10 && !(await question(page).evaluate((box) => box === box.ownerDocument.activeElement)); presses++) await page.keyboard.press("Tab");
    expect(await question(page).evaluate((box) => box === box.ownerDocument.activeElement)).toBe(true);
    const reply = await nextReply(page, async () => {
      await page.keyboard.type(PAY);
      await page.keyboard.press("Enter");
    });
    expect(await reply.textContent()).toContain("$37,110");
    const chips = page.getByRole("region", { name: "Suggested questions" }).getByRole("button");
    const chip = chips.first();
    for (let presses = 0; presses < 10 && !(await chip.evaluate((button) => button === button.ownerDocument.activeElement)); presses++) await page.keyboard.press("Shift+Tab");
    const text = (await chip.textContent())!;
    await nextReply(page, () => page.keyboard.press("Enter"));
    expect(await log(page).locator(".message.you").last().textContent()).toContain(text);
  });

  it("has no accessibility violations axe-core can find, before and after a reply, in both colour schemes", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await open(360);
      await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      expect(await axeViolations(page)).toEqual([]);
      await askByClick(page, LONG);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `${colorScheme}-360.png`) });
    }
  });

  it("shows that it is answering, and takes no second question meanwhile", async () => {
    const page = await open();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/chat/api/ask", async (route) => {
      await held;
      await route.continue();
    });
    await question(page).fill(PAY);
    await send(page).click();
    await page.getByRole("status").filter({ hasText: "answering" }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "answering-1280.png") });
    expect(await send(page).getAttribute("aria-disabled")).toBe("true");
    await question(page).fill("why?");
    await question(page).press("Enter");
    expect(await log(page).locator(".message.you").count()).toBe(1);
    release();
    const reply = advisorMessages(page).nth(1);
    await reply.waitFor();
    expect(await reply.textContent()).toContain("$37,110");
    expect(await send(page).getAttribute("aria-disabled")).toBe("false");
    expect(await page.getByRole("status").textContent()).toBe("");
    expect(await advisorMessages(page).count()).toBe(2);
  });

  it("says so in an alert when the API fails or refuses, and puts the question back to send again", async () => {
    const page = await open();
    await page.route("**/chat/api/ask", (route) => route.fulfill({ status: 500, contentType: "application/json", body: '{"error":"internal error"}' }));
    await question(page).fill(PAY);
    await send(page).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not answer/);
    expect(await question(page).inputValue()).toBe(PAY);
    expect(await log(page).locator(".message.you").count()).toBe(0);
    expect(await question(page).evaluate((box) => box === box.ownerDocument.activeElement)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, "error-1280.png") });
    expect(await axeViolations(page)).toEqual([]);

    await page.unroute("**/chat/api/ask");
    await page.route("**/chat/api/ask", (route) => route.fulfill({ status: 429, contentType: "application/json", headers: { "retry-after": "42" }, body: '{"error":"too many"}' }));
    await send(page).click();
    await page.getByRole("alert").filter({ hasText: "42 seconds" }).waitFor();

    await page.unroute("**/chat/api/ask");
    const reply = await nextReply(page, () => send(page).click());
    expect(await reply.textContent()).toContain("$37,110");
    expect(await page.getByRole("alert").textContent()).toBe("");
  });

  it("runs embedded by its script tag in a listed site's page, and cannot be framed by a site not listed", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteOrigin}/`);
    const frame = page.frameLocator('iframe[title="Career advisor chat"]');
    await frame.getByRole("textbox", { name: /question/i }).fill(PAY);
    await frame.getByRole("button", { name: "Send", exact: true }).click();
    await frame.getByRole("log").locator(".message.advisor", { hasText: "$37,110" }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "embedded-1280.png") });

    const elsewhere = await browser.context.newPage();
    const blocked = new Promise<string>((resolve) => elsewhere.on("console", (message) => /frame-ancestors/.test(message.text()) && resolve(message.text())));
    await elsewhere.goto(siteOrigin.replace("127.0.0.1", "localhost"));
    expect(await blocked).toMatch(/violates the following Content Security Policy directive: "frame-ancestors/);
  });

  it("says so when the server cannot be reached at all", async () => {
    const page = await open();
    serve.child.kill("SIGTERM");
    await serve.exited;
    await question(page).fill(PAY);
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: "could not be reached" }).waitFor();
  });
});
