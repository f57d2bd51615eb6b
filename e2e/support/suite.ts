/**
 * What each browser test file starts with: the server process and chromium,
 * once per file, stopped after it; each test or group takes a fresh page.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { launchChromium, missingChromium, newPage } from "./browser.ts";
import { type RunningServer, type ServerOptions, startServer } from "./server.ts";
import { signIn } from "./session.ts";
import { E2E_USERS, type E2eRole } from "./users.ts";

export interface E2eEnvironment {
  server: RunningServer;
  browser: Browser;
}

/** A describe that skips, with one line, where chromium is not installed. */
export const describeInBrowser = (name: string, body: () => void) =>
  describe.skipIf(missingChromium())(name, body);

/** Registers the file's beforeAll/afterAll; the fields are set once beforeAll has run. */
export function e2eEnvironment(options: ServerOptions = {}): E2eEnvironment {
  const env = {} as E2eEnvironment;
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([startServer(options), launchChromium()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/** A fresh browser context (no cookies) and page, signed in as `role` unless it is a visitor. */
export async function openPage(
  env: E2eEnvironment,
  role: E2eRole | "visitor" = "visitor",
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(env.browser, env.server.url);
  if (role !== "visitor") await signIn(opened.page, E2E_USERS[role]);
  return opened;
}
