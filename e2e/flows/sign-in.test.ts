/** Signing in, opening the plan and signing out with the keyboard alone; a wrong password. */
import { expect, it } from "vitest";
import { tabTo } from "../support/keyboard.ts";
import { expectAccessiblePage } from "../support/page-checks.ts";
import { submitForm } from "../support/session.ts";
import { describeInBrowser, e2eEnvironment, openPage } from "../support/suite.ts";
import { E2E_USERS, TEST_PASSWORD } from "../support/users.ts";

describeInBrowser("signing in and out", () => {
  const env = e2eEnvironment();

  it("a person signs in, opens the plan and signs out using the keyboard alone", async () => {
    const { context, page } = await openPage(env);
    await page.goto("/piani/1");
    expect(new URL(page.url()).pathname).toBe("/accesso");

    await tabTo(page, "Nome utente");
    await page.keyboard.type(E2E_USERS.planning);
    await tabTo(page, "Password");
    await page.keyboard.type(TEST_PASSWORD);
    await tabTo(page, "Accedi", { role: "button" });
    await page.keyboard.press("Enter");
    // Back where they were going before signing in.
    await page.waitForURL("**/piani/1");
    await expect(page.locator("h1").textContent()).resolves.toContain("2025-2027");

    // The skip link comes first and takes the focus to the content.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");

    // Under Piani, not on it: the menu marks the section, the breadcrumb the page.
    const menuPlans = page.getByRole("navigation", { name: "Menu principale" }).getByRole("link", {
      name: "Piani",
    });
    await expect(menuPlans.getAttribute("aria-current")).resolves.toBe("true");
    await expect(page.locator('[aria-current="page"]').textContent()).resolves.toBe(
      "PIAO 2025-2027",
    );

    await tabTo(page, "Piani", { role: "link" });
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/piani");
    await expect(menuPlans.getAttribute("aria-current")).resolves.toBe("page");
    await tabTo(page, "PIAO 2025-2027", { role: "link" });
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/piani/1");
    await expect(
      page.getByRole("heading", { name: "Verifica di completezza del PIAO 2025-2027" }).count(),
    ).resolves.toBe(1);

    await tabTo(page, "Esci", { role: "button" });
    await page.keyboard.press("Space");
    await page.waitForURL((url) => url.pathname === "/accesso");
    await expect(page.getByRole("status").textContent()).resolves.toContain(
      "Sei uscito dal sistema",
    );
    await expectAccessiblePage(page, "flow-signed-out");

    // The session is over: the plan asks for signing in again.
    await page.goto("/piani/1");
    expect(new URL(page.url()).pathname).toBe("/accesso");
    await context.close();
  });

  it("shows the error beside the form on a wrong password, keeping the username", async () => {
    const { context, page } = await openPage(env);
    await page.goto("/accesso");
    await page.getByLabel("Nome utente").fill(E2E_USERS.reader);
    await page.getByLabel("Password").fill("not-the-password-at-all");
    const status = await submitForm(page, () =>
      page.getByRole("button", { name: "Accedi" }).click(),
    );
    expect(status).toBe(401);

    // In the form's own column, just above it, and announced.
    const alert = page.locator("main [role=alert]");
    await expect(alert.textContent()).resolves.toMatch(/password/i);
    const sameColumn = await alert.evaluate((el) => {
      const form = document.querySelector('form[action="/accesso"]');
      return (
        form !== null && el.parentElement === form.parentElement && el.nextElementSibling === form
      );
    });
    expect(sameColumn).toBe(true);
    await expect(page.getByLabel("Nome utente").inputValue()).resolves.toBe(E2E_USERS.reader);
    await expect(page.getByLabel("Password").inputValue()).resolves.toBe("");
    await expectAccessiblePage(page, "flow-sign-in-wrong-password");
    await context.close();
  });
});
