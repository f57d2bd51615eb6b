/**
 * The keyboard alone: reach a link, button or field by pressing Tab (never
 * the mouse), and walk a whole page's tab order to find what Tab cannot
 * reach and what shows no focus indicator.
 */
import type { Locator, Page } from "playwright-core";

type AriaRole = Parameters<Page["getByRole"]>[0];

const MAX_TABS = 80;

/** What has the focus, as a person would name it: tag, role, accessible text. */
export function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(body)";
    const label =
      el.getAttribute("aria-label") ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent ??
      "";
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> ${label.replace(/\s+/g, " ").trim().slice(0, 60)}`;
  });
}

function target(page: Page, name: string | RegExp, role?: AriaRole): Locator {
  if (role) return page.getByRole(role, { name, exact: true });
  return page
    .getByRole("link", { name, exact: true })
    .or(page.getByRole("button", { name, exact: true }))
    .or(page.getByLabel(name, { exact: true }));
}

/**
 * Presses Tab until the focused element is the link, button or field named
 * `name` (its accessible name, exactly), at most `max` times; fails listing
 * where the focus went. Then press Enter, Space or type, as a person would.
 */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  options: { role?: AriaRole; max?: number } = {},
): Promise<void> {
  const wanted = target(page, name, options.role);
  const visited: string[] = [];
  const max = options.max ?? MAX_TABS;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await wanted.evaluateAll((els) => els.includes(document.activeElement as HTMLElement)))
      return;
    visited.push(await focusedDescription(page));
  }
  throw new Error(
    `"${String(name)}" not reached with ${max} presses of Tab on ${page.url()}; the focus went to:\n  ${visited.join("\n  ")}`,
  );
}

export interface FocusWalk {
  /** How many elements Tab stopped on. */
  stops: number;
  /** Visible interactive elements that Tab never reached (a radio group counts once). */
  unreached: string[];
  /** Elements that had the focus with neither an outline nor a box shadow. */
  withoutIndicator: string[];
}

const INTERACTIVE =
  'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Tabs through the whole page from its start, until the focus comes back round or leaves it. */
export async function walkFocus(page: Page, max = 800): Promise<FocusWalk> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    for (const el of document.querySelectorAll("[data-e2e-focused]")) {
      el.removeAttribute("data-e2e-focused");
    }
  });
  const withoutIndicator: string[] = [];
  let stops = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const step = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return "left";
      if (el.hasAttribute("data-e2e-focused")) return "round";
      el.setAttribute("data-e2e-focused", "");
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
      return outline || style.boxShadow !== "none" ? "shown" : "hidden";
    });
    if (step === "left" || step === "round") break;
    stops++;
    if (step === "hidden") withoutIndicator.push(await focusedDescription(page));
  }
  const unreached = await page.evaluate((selector) => {
    // Tab enters a group of radio buttons once; the arrow keys move within it.
    const groupReached = (el: HTMLElement) =>
      el instanceof HTMLInputElement &&
      el.type === "radio" &&
      [...document.getElementsByName(el.name)].some((r) => r.hasAttribute("data-e2e-focused"));
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => !el.hasAttribute("data-e2e-focused") && !groupReached(el))
      .filter((el) => el.checkVisibility())
      .map((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? "").trim().slice(0, 60)}`);
  }, INTERACTIVE);
  return { stops, unreached, withoutIndicator };
}
