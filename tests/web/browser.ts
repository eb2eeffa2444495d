import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

// Debian's Chromium, driven by playwright-core (which downloads no browser of its own). `.ci/run` installs it; a
// developer without it sees the browser tests skipped with a note, except under CI, where its absence fails the run.
export const CHROMIUM = "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  if (process.env.CI) throw new Error(`${CHROMIUM} is not installed; .ci/run installs it (apt-get install chromium)`);
  process.stderr.write("note: chromium is not installed (apt-get install chromium), so the web chat's browser tests are skipped\n");
}

// Nothing but the page under test: no updates, no sync, no calls home, so the browser talks to 127.0.0.1 alone.
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export type Browser = { context: BrowserContext; close(): Promise<void> };

/** A fresh browser with a profile of its own, thrown away on close. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "career-advisor-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 800 } });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core's WCAG 2.2 A and AA rules and its best practices, run in the page as it stands. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated by the driver, so the page's CSP (script-src 'self') does not apply to it.
  await page.evaluate(AXE);
  return page.locator("html").evaluate(async (root) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(root.ownerDocument, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
  });
}
