/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by
 * playwright-core (no downloaded browser). Without it the tests skip with one
 * line; with PIAO_REQUIRE_TOOLS=1 (set by .ci/run) that is a failure.
 */
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.PIAO_CHROMIUM ?? "/usr/bin/chromium";

/**
 * True when chromium is missing, said once; use as `describe.skipIf(missingChromium())`.
 */
export function missingChromium(): boolean {
  if (existsSync(CHROMIUM)) return false;
  const why = `${CHROMIUM} not installed (apt-get install chromium)`;
  if (process.env.PIAO_REQUIRE_TOOLS === "1") throw new Error(`PIAO_REQUIRE_TOOLS=1 but ${why}`);
  console.warn(`Browser tests skipped: ${why}`);
  return true;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A fresh context (its own cookies) on the server. CSP is bypassed only so
 * that axe can be injected as an inline script; the pages themselves have none.
 */
export async function newPage(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    bypassCSP: true,
    locale: "it-IT",
    viewport: WIDE,
  });
  return { context, page: await context.newPage() };
}

/** The width WCAG 2.1's reflow criterion (1.4.10) asks pages to work at, in CSS pixels. */
export const NARROW_WIDTH = 320;
export const WIDE = { width: 1280, height: 900 };

/** How many pixels the page scrolls sideways (0: it reflows; a table may scroll in its own box). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Where screenshots go: PIAO_E2E_SCREENSHOTS, else a directory under the system's temp dir. */
export const SCREENSHOT_DIR =
  process.env.PIAO_E2E_SCREENSHOTS ?? join(tmpdir(), "piao-e2e-screenshots");

/** Of a taller page (the API reference) only the first screen is shot: a full shot takes minutes. */
const MAX_SHOT_HEIGHT = 12_000;

/** A full-page screenshot named after what it shows (the top of a very tall page); returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^a-zA-Z0-9_-]+/g, "_")}.png`);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path, fullPage: height <= MAX_SHOT_HEIGHT });
  return path;
}
