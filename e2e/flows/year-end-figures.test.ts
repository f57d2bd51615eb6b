/**
 * Year-end figures end to end: the planning officer opens the year-end 2025
 * campaign; the head of the Area Risorse enters a deadline and a number with
 * the keyboard alone (a bad date first, its message beside the field), sees
 * the counters move, and the dashboard scores their unit as the SMVP rules say.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { tabTo } from "../support/keyboard.ts";
import { openCampaignInBrowser, worklistCounters } from "../support/monitoring.ts";
import { expectAccessiblePage } from "../support/page-checks.ts";
import { submitForm } from "../support/session.ts";
import { describeInBrowser, e2eEnvironment, openPage } from "../support/suite.ts";

const UNIT = "Area Risorse Programmazione e Organizzazione";

/** What a screen reader reads after a field's label: the texts its aria-describedby points at. */
function description(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`)
      .join(" | "),
  );
}

/** Follows a link reached by Tab, with Enter, and waits for the page it leads to. */
async function follow(page: Page, name: string, path: RegExp): Promise<void> {
  await tabTo(page, name, { role: "link" });
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => path.test(url.pathname));
}

/** Replaces what the focused field holds with `text`, by the keyboard. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

describeInBrowser("year-end figures", () => {
  const env = e2eEnvironment();

  it("a head of unit enters a deadline and a number with the keyboard; the dashboard scores the unit", async () => {
    const planning = await openPage(env, "planning");
    const campaignId = await openCampaignInBrowser(planning.page, 2025, "yearend");
    await expectAccessiblePage(planning.page, "flow-yearend-campaign-opened");
    await planning.context.close();

    const { context, page } = await openPage(env, "head");
    await page.goto("/rilevazioni");
    await expect(page.locator("h2").first().textContent()).resolves.toContain("a consuntivo 2025");
    // Only the objectives of the Area Risorse: 1712 and 1628 are the Settore Istruzione's.
    const objectives = await page.locator("section h3").allTextContents();
    expect(objectives.some((h) => h.startsWith("Obiettivo 1609"))).toBe(true);
    expect(objectives.some((h) => h.startsWith("Obiettivo 1612"))).toBe(true);
    expect(objectives.filter((h) => /Obiettivo (1712|1628|1679) /.test(h))).toEqual([]);
    await expect(page.locator("section > p.text-muted").allTextContents()).resolves.toEqual(
      objectives.map(() => UNIT),
    );
    const before = await worklistCounters(page);
    // At today's date every 2025 deadline has passed: 3826 (31/01/2025) is overdue.
    expect(before.entered).toBe(0);
    expect(before.overdue).toBeGreaterThan(0);
    expect(before.missing).toBeGreaterThan(0);
    await expectAccessiblePage(page, "flow-yearend-worklist-before");

    // 3826 «Approvazione PIAO», due 31/01/2025: first an impossible date.
    await follow(page, "Inserisci 3826", /\/indicatori\/3826$/);
    expect(new URL(page.url()).pathname).toBe(
      `/campagne/${campaignId}/obiettivi/1609/indicatori/3826`,
    );
    // The menu marks the section the breadcrumb starts from, not /campagne that the address is under.
    const menu = page.getByRole("navigation", { name: "Menu principale" });
    await expect(
      menu
        .locator("[aria-current]")
        .evaluateAll((links) =>
          links.map((a) => `${a.textContent} ${a.getAttribute("aria-current")}`),
        ),
    ).resolves.toEqual(["Le mie rilevazioni true"]);
    // Saved with nothing chosen: the summary's link takes the focus to the first choice.
    await tabTo(page, "Salva", { role: "button" });
    expect(await submitForm(page, () => page.keyboard.press("Enter"))).toBe(400);
    await tabTo(page, "Campo obbligatorio", { role: "link" });
    await page.keyboard.press("Enter");
    await expect(
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value),
    ).resolves.toBe("done");
    await page.keyboard.press("Space");
    await tabTo(page, "Data di realizzazione");
    await page.keyboard.type("31/02/2025");
    await tabTo(page, "Salva", { role: "button" });
    expect(await submitForm(page, () => page.keyboard.press("Enter"))).toBe(400);
    await expect(description(page, "Data di realizzazione")).resolves.toContain(
      'Data non valida "31/02/2025": il giorno 31 non esiste a febbraio',
    );
    const dateField = page.getByLabel("Data di realizzazione", { exact: true });
    await expect(dateField.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(dateField.inputValue()).resolves.toBe("31/02/2025");
    await expect(page.getByLabel("Sì, in data", { exact: true }).isChecked()).resolves.toBe(true);
    await expectAccessiblePage(page, "flow-yearend-bad-date");

    // Then the real date, three days before the deadline.
    await tabTo(page, "Data di realizzazione");
    await retype(page, "28/01/2025");
    await tabTo(page, "Salva", { role: "button" });
    expect(await submitForm(page, () => page.keyboard.press("Enter"))).toBe(303);
    await expect(page.getByRole("status").textContent()).resolves.toContain(
      "Valore dell'indicatore 3826 salvato",
    );
    await expect(page.locator("dl").textContent()).resolves.toMatch(/28\/01\/2025/);
    await expectAccessiblePage(page, "flow-yearend-deadline-saved");

    // 3843 «Mappatura delle attività», target 1: half of it done.
    await follow(page, "Le mie rilevazioni", /^\/rilevazioni$/);
    await follow(page, "Inserisci 3843", /\/indicatori\/3843$/);
    await tabTo(page, "Valore rilevato");
    await page.keyboard.type("0,5");
    await tabTo(page, "Nota (facoltativo)");
    await page.keyboard.type("metà delle attività mappate");
    await tabTo(page, "Salva", { role: "button" });
    expect(await submitForm(page, () => page.keyboard.press("Enter"))).toBe(303);
    await expect(page.getByRole("status").textContent()).resolves.toContain(
      "Valore dell'indicatore 3843 salvato",
    );

    await follow(page, "Le mie rilevazioni", /^\/rilevazioni$/);
    const rowOf = (code: string) =>
      page.locator("tbody tr").filter({ has: page.locator("strong", { hasText: code }) });
    await expect(rowOf("3826").textContent()).resolves.toMatch(/28\/01\/2025[\s\S]*inserito/);
    await expect(rowOf("3843").textContent()).resolves.toMatch(/0,5[\s\S]*inserito/);
    await expect(rowOf("3843").getByRole("link", { name: "Modifica 3843" }).count()).resolves.toBe(
      1,
    );
    expect(await worklistCounters(page)).toEqual({
      missing: before.missing - 1,
      overdue: before.overdue - 1,
      entered: 2,
    });
    await expectAccessiblePage(page, "flow-yearend-worklist-after");

    // SMVP rules (DOMAIN.md): 3826 done before its deadline scores 100; 3843 is
    // min(0,5 / 1, 1) × 100 = 50; the indicators not measured are left out, so
    // objective 1609 = 100, objective 1612 = 50, the other objectives have no
    // score, and the unit is their mean: (100 + 50) / 2 = 75%.
    await follow(page, "Cruscotto", /^\/cruscotto$/);
    const byUnit = page.getByRole("table", { name: "Raggiungimento per struttura" });
    const unitRow = byUnit
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: UNIT }) });
    const cells = await unitRow.getByRole("cell").allTextContents();
    expect(cells[0]).toBe("75%");
    expect(cells[2]).toBe("parzialmente raggiunto");
    const objectives1609 = page
      .getByRole("table", { name: "Obiettivi" })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: /^1609 / }) });
    await expect(objectives1609.getByRole("cell").nth(1).textContent()).resolves.toBe("100%");
    await expectAccessiblePage(page, "flow-yearend-dashboard");
    await context.close();
  });
});
