/**
 * Every page, as each role sees it, in Italian and in English: it answers
 * 200, axe finds no WCAG 2.1 AA violation, Tab reaches every link, button and
 * field and shows where the focus is; at 320 px wide the page reflows (no
 * sideways scrolling) and axe is still satisfied. A screenshot of each, wide
 * and narrow, is kept under SCREENSHOT_DIR. Add the pages you build to PAGES.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { NARROW_WIDTH, screenshot, sidewaysOverflow, WIDE } from "./support/browser.ts";
import { walkFocus } from "./support/keyboard.ts";
import { chooseLanguage } from "./support/session.ts";
import { describeInBrowser, e2eEnvironment, openPage } from "./support/suite.ts";
import type { E2eRole } from "./support/users.ts";

/** The pages each role opens (the seed plan is plan 1). A visitor is not signed in. */
export const PAGES: Record<E2eRole | "visitor", string[]> = {
  visitor: ["/accesso"],
  planning: ["/piani", "/piani/1", "/profilo", "/profilo/password"],
  head: ["/piani", "/piani/1", "/profilo"],
  evaluator: ["/piani/1"],
  reader: ["/piani", "/piani/1"],
  admin: ["/piani", "/profilo/password"],
};

const LANGS = ["it", "en"] as const;

describeInBrowser("every page, for each role, in each language", () => {
  const env = e2eEnvironment();

  for (const [role, paths] of Object.entries(PAGES) as [E2eRole | "visitor", string[]][]) {
    describe(role, () => {
      let context: BrowserContext;
      let page: Page;

      beforeAll(async () => {
        ({ context, page } = await openPage(env, role));
      });
      afterAll(async () => {
        await context?.close();
      });

      for (const lang of LANGS) {
        for (const path of paths) {
          it(`${path} (${lang}): accessible, and usable with the keyboard`, async () => {
            const response = await chooseLanguage(page, lang, path);
            expect(response?.status()).toBe(200);
            expect(new URL(page.url()).pathname).toBe(path);
            expect(await page.getAttribute("html", "lang")).toBe(lang);
            await screenshot(page, `${role}-${lang}-${path}`);
            await expectNoAxeViolations(page);
            const walk = await walkFocus(page);
            expect(walk.stops).toBeGreaterThan(3);
            expect(walk.unreached, "elements Tab never reaches").toEqual([]);
            expect(walk.withoutIndicator, "focused elements with no visible focus").toEqual([]);

            await page.setViewportSize({ width: NARROW_WIDTH, height: WIDE.height });
            try {
              await screenshot(page, `${role}-${lang}-${path}-narrow`);
              expect(await sidewaysOverflow(page), "sideways scrolling at 320 px").toBe(0);
              await expectNoAxeViolations(page);
            } finally {
              await page.setViewportSize(WIDE);
            }
          });
        }
      }
    });
  }
});
