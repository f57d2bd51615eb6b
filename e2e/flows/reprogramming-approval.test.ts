/**
 * Re-programming end to end, with the keyboard alone: the head of the Area
 * Risorse proposes a new target for 3843, the planning officer sees original
 * and proposed side by side and approves it with a note, and «Le mie
 * rilevazioni» shows the new target in force with the original beside it.
 */
import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";
import { tabTo } from "../support/keyboard.ts";
import { openCampaignInBrowser } from "../support/monitoring.ts";
import { expectAccessiblePage } from "../support/page-checks.ts";
import { submitForm } from "../support/session.ts";
import { describeInBrowser, e2eEnvironment, openPage } from "../support/suite.ts";

const JUSTIFICATION = "Le attività da mappare sono raddoppiate con la riorganizzazione";
const NOTE = "Coerente con il nuovo organigramma";

/** The cells of the request's row in the table of requests: id, indicator, original, proposed, … */
function requestCells(page: Page): Locator {
  return page
    .getByRole("table", { name: /richieste di rimodulazione|La richiesta/i })
    .locator("tbody tr")
    .filter({ hasText: "1612 / 3843" })
    .getByRole("cell");
}

describeInBrowser("re-programming a target", () => {
  const env = e2eEnvironment();

  it("a head proposes a new target and the planning officer approves it, keyboard only", async () => {
    const planning = await openPage(env, "planning");
    await openCampaignInBrowser(planning.page, 2025, "midyear");

    const head = await openPage(env, "head");
    await head.page.goto("/rilevazioni");
    await tabTo(head.page, "Proponi una rimodulazione 3843", { role: "link" });
    await head.page.keyboard.press("Enter");
    await head.page.waitForURL("**/rimodulazioni/obiettivi/1612/indicatori/3843/nuova");
    await expect(head.page.getByLabel("il target", { exact: true }).isChecked()).resolves.toBe(
      true,
    );
    await expect(head.page.getByLabel("Anno", { exact: true }).inputValue()).resolves.toBe("2025");
    await expectAccessiblePage(head.page, "flow-repro-form");
    await tabTo(head.page, "Nuovo target o scadenza");
    await head.page.keyboard.type("2");
    await tabTo(head.page, "Motivazione");
    await head.page.keyboard.type(JUSTIFICATION);
    await tabTo(head.page, "Invia la richiesta", { role: "button" });
    expect(await submitForm(head.page, () => head.page.keyboard.press("Enter"))).toBe(303);
    expect(new URL(head.page.url()).pathname).toBe("/rimodulazioni");
    await expect(head.page.getByRole("status").textContent()).resolves.toMatch(
      /Richiesta di rimodulazione \d+ inviata all'ufficio di pianificazione/,
    );

    // The planning officer: original and proposed side by side, still pending.
    await planning.page.goto("/rimodulazioni");
    const pending = await requestCells(planning.page).allTextContents();
    const id = pending[0] ?? "";
    expect(id).toMatch(/^\d+$/);
    expect(pending.slice(2, 5)).toEqual(["1", "2", JUSTIFICATION]);
    expect(pending[6]).toContain("in attesa");
    await expectAccessiblePage(planning.page, "flow-repro-pending");

    await tabTo(planning.page, `Decidi ${id}`, { role: "link" });
    await planning.page.keyboard.press("Enter");
    await planning.page.waitForURL(`**/rimodulazioni/${id}/decisione`);
    await expect(requestCells(planning.page).nth(3).textContent()).resolves.toBe("2");
    await expectAccessiblePage(planning.page, "flow-repro-decision");
    await tabTo(planning.page, "Nota della decisione");
    await planning.page.keyboard.type(NOTE);
    await tabTo(planning.page, "Approva", { role: "button" });
    expect(await submitForm(planning.page, () => planning.page.keyboard.press("Enter"))).toBe(303);
    expect(new URL(planning.page.url()).pathname).toBe("/rimodulazioni");
    await expect(planning.page.getByRole("status").textContent()).resolves.toContain(
      `Rimodulazione ${id} approvata: il nuovo valore è in vigore`,
    );
    const decided = await requestCells(planning.page).nth(6).textContent();
    expect(decided).toMatch(/^approvata/);
    expect(decided).toContain("pianificazione");
    expect(decided).toContain(NOTE);
    await expect(planning.page.getByRole("link", { name: `Decidi ${id}` }).count()).resolves.toBe(
      0,
    );
    await expectAccessiblePage(planning.page, "flow-repro-approved");
    await planning.context.close();

    // The head: the new target in force, the original beside it.
    await head.page.goto("/rilevazioni");
    const target = head.page
      .locator("tbody tr")
      .filter({ has: head.page.locator("strong", { hasText: "3843" }) })
      .getByRole("cell")
      .nth(1);
    await expect(target.textContent()).resolves.toMatch(/^2\s*rimodulato; originario 1$/);
    await expectAccessiblePage(head.page, "flow-repro-target-in-force");
    await head.context.close();
  });
});
