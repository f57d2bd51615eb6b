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
  const posted = page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/accesso",
  );
  await page.locator('form[action="/accesso"] button[type="submit"]').click();
  await posted;
  await page.waitForLoadState();
  if (new URL(page.url()).pathname === "/accesso") {
    const alert = await page.locator('[role="alert"]').allTextContents();
    throw new Error(`sign-in of ${username} failed: ${alert.join(" ").trim() || "no message"}`);
  }
}

/** Chooses the language as a person does, through the switch's address (/lingua/it|en). */
export function chooseLanguage(
  page: Page,
  lang: "it" | "en",
  back = "/",
): Promise<Response | null> {
  return page.goto(`/lingua/${lang}?back=${encodeURIComponent(back)}`);
}
