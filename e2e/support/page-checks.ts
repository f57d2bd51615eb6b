/**
 * The checks every page passes, wherever a test has brought it (a URL, a form
 * with its errors, the end of a flow): one h1 that the title repeats, no id
 * used twice, no message left untranslated, no axe violation, every interactive element reachable with Tab
 * and showing the focus; at 320 px wide no sideways scrolling and still no
 * axe violation. Screenshots of both widths are saved as `name`.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { expectNoAxeViolations } from "./axe.ts";
import { NARROW_WIDTH, screenshot, sidewaysOverflow, WIDE } from "./browser.ts";
import { walkFocus } from "./keyboard.ts";
import { pageOutline } from "./markup.ts";

export async function expectAccessiblePage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const outline = await pageOutline(page);
  expect(outline.h1).toHaveLength(1);
  expect(outline.title).toContain(outline.h1[0]);
  expect(outline.duplicateIds, "ids used more than once").toEqual([]);
  expect(outline.untranslated, "message codes or placeholders left in the page").toEqual([]);
  await expectNoAxeViolations(page);
  const walk = await walkFocus(page);
  expect(walk.stops).toBeGreaterThan(3);
  expect(walk.unreached, "elements Tab never reaches").toEqual([]);
  expect(walk.withoutIndicator, "focused elements with no visible focus").toEqual([]);

  await page.setViewportSize({ width: NARROW_WIDTH, height: WIDE.height });
  try {
    await screenshot(page, `${name}-narrow`);
    expect(await sidewaysOverflow(page), "sideways scrolling at 320 px").toBe(0);
    await expectNoAxeViolations(page);
  } finally {
    await page.setViewportSize(WIDE);
  }
}
