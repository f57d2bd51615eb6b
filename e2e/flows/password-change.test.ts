/** Changing one's password with the keyboard alone: every error beside its field, then the change. */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { tabTo } from "../support/keyboard.ts";
import { expectAccessiblePage } from "../support/page-checks.ts";
import { signIn, submitForm } from "../support/session.ts";
import { describeInBrowser, e2eEnvironment, openPage } from "../support/suite.ts";
import { E2E_USERS, TEST_PASSWORD } from "../support/users.ts";

/** Fills the three fields and submits, by Tab and typing only; returns the answer's status. */
async function submitPasswords(page: Page, current: string, next: string, again: string) {
  await tabTo(page, "Password attuale");
  await page.keyboard.type(current);
  await tabTo(page, "Nuova password");
  await page.keyboard.type(next);
  await tabTo(page, "Ripeti la nuova password");
  await page.keyboard.type(again);
  await tabTo(page, "Cambia password", { role: "button" });
  return submitForm(page, () => page.keyboard.press("Enter"));
}

/** What a screen reader reads after a field's label: the texts its aria-describedby points at. */
function description(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`)
      .join(" | "),
  );
}

describeInBrowser("changing the password", () => {
  const env = e2eEnvironment();

  it("shows each error beside its field and in a summary, then changes the password", async () => {
    const { context, page } = await openPage(env, "reader");
    await page.goto("/profilo/password");
    expect(await submitPasswords(page, "non-e-quella-giusta", "corta", "diversa")).toBe(400);

    await expect(description(page, "Password attuale")).resolves.toContain(
      "La password attuale non è corretta",
    );
    await expect(description(page, "Nuova password")).resolves.toContain(
      "La password deve avere da 12 a 200 caratteri",
    );
    await expect(description(page, "Ripeti la nuova password")).resolves.toContain(
      "Le due password non coincidono",
    );
    for (const label of ["Password attuale", "Nuova password", "Ripeti la nuova password"]) {
      await expect(
        page.getByLabel(label, { exact: true }).getAttribute("aria-invalid"),
      ).resolves.toBe("true");
    }
    // The summary links to each field in error.
    const summary = page.locator("#error-summary");
    await expect(summary.getByRole("heading").textContent()).resolves.toContain("errori");
    const targets = await summary
      .locator("a")
      .evaluateAll((links) =>
        links.map((a) => document.querySelector(a.getAttribute("href") ?? "#none")?.tagName),
      );
    expect(targets).toEqual(["INPUT", "INPUT", "INPUT"]);
    await expectAccessiblePage(page, "flow-password-errors");

    const changed = "una frase lunga come nuova password";
    expect(await submitPasswords(page, TEST_PASSWORD, changed, changed)).toBe(303);
    expect(new URL(page.url()).pathname).toBe("/profilo");
    await expect(page.getByRole("status").textContent()).resolves.toContain("Password cambiata");

    // The new password is the one that signs in now.
    await tabTo(page, "Esci", { role: "button" });
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/accesso");
    await expect(signIn(page, E2E_USERS.reader, TEST_PASSWORD)).rejects.toThrow(/failed/);
    await signIn(page, E2E_USERS.reader, changed);
    await context.close();
  });
});
