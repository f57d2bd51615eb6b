/** Signing in and out through the real forms, as the browser tests' starting point. */
import type { Page, Response } from "playwright-core";
import { TEST_PASSWORD } from "./users.ts";

/** Signs in through the sign-in form; fails when the form does not let the user in. */
export async function signIn(
  page: Page,
  username: string,
  password = TEST_PASSWORD,
): Promise<void> {
  await page.goto("/accesso");
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await submitForm(page, () =>
    page.locator('form[action="/accesso"] button[type="submit"]').click(),
  );
  if (new URL(page.url()).pathname === "/accesso") {
    const alert = await page.locator('[role="alert"]').allTextContents();
    throw new Error(`sign-in of ${username} failed: ${alert.join(" ").trim() || "no message"}`);
  }
}

/**
 * Submits a form by `act` (a click, or Enter pressed on its button) and waits
 * until the page it leads to has loaded; returns the status of the POST (303
 * after a success, 400 or 401 when the form comes back with its errors).
 */
export async function submitForm(page: Page, act: () => Promise<void>): Promise<number> {
  const answer = page.waitForResponse((r) => r.request().method() === "POST");
  const navigated = page.waitForEvent("framenavigated");
  await act();
  const status = (await answer).status();
  await navigated;
  await page.waitForLoadState();
  return status;
}

/** Chooses the language as a person does, through the switch's address (/lingua/it|en). */
export function chooseLanguage(
  page: Page,
  lang: "it" | "en",
  back = "/",
): Promise<Response | null> {
  return page.goto(`/lingua/${lang}?back=${encodeURIComponent(back)}`);
}
