/** What the monitoring flows share: opening a campaign through /campagne, reading the counters. */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { tabTo } from "./keyboard.ts";
import { submitForm } from "./session.ts";

/**
 * The planning officer opens a campaign through the form of /campagne, by
 * Tab, choosing the selects' values and Enter; returns its id, read from the row's
 * closing link, once the flash says it is open.
 */
export async function openCampaignInBrowser(
  page: Page,
  year: number,
  kind: "midyear" | "yearend",
): Promise<number> {
  await page.goto("/campagne");
  const kindLabel = kind === "yearend" ? "a consuntivo" : "infrannuale";
  await tabTo(page, "Anno");
  await page.getByLabel("Anno", { exact: true }).selectOption(String(year));
  await tabTo(page, "Tipo");
  await page.getByLabel("Tipo", { exact: true }).selectOption(kind);
  await tabTo(page, "Apri la campagna", { role: "button" });
  expect(await submitForm(page, () => page.keyboard.press("Enter"))).toBe(303);
  await expect(page.getByRole("status").textContent()).resolves.toContain(
    `Campagna ${kindLabel} ${year} aperta`,
  );
  const close = await page
    .locator("tbody tr")
    .filter({ hasText: kindLabel })
    .filter({ hasText: String(year) })
    .getByRole("link", { name: "Chiudi", exact: true })
    .getAttribute("href");
  const id = /^\/campagne\/(\d+)\/chiudi$/.exec(close ?? "")?.[1];
  if (!id) throw new Error(`no closing link for the ${kind} ${year} campaign: ${close}`);
  return Number(id);
}

export interface Counters {
  missing: number;
  overdue: number;
  entered: number;
}

/** The three counters at the top of «Le mie rilevazioni» (one open campaign). */
export async function worklistCounters(page: Page): Promise<Counters> {
  const items = await page
    .getByRole("list", { name: "Riepilogo degli indicatori" })
    .getByRole("listitem")
    .allTextContents();
  const text = items.map((i) => i.replace(/\s+/g, " ").trim()).join(" ");
  const m = /^([\d.]+) da inserire ([\d.]+) in ritardo ([\d.]+) inseriti$/.exec(text);
  if (!m) throw new Error(`counters not as expected: "${text}"`);
  const n = (s: string | undefined) => Number((s ?? "").replace(/\./g, ""));
  return { missing: n(m[1]), overdue: n(m[2]), entered: n(m[3]) };
}
