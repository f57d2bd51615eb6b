/**
 * Every page, as each role sees it, in Italian and in English, answers 200
 * in that language and passes expectAccessiblePage (support/page-checks.ts:
 * axe WCAG 2.1 AA, Tab alone, 320 px reflow, one h1, unique ids), with
 * screenshots under SCREENSHOT_DIR. Add the pages you build to PAGES.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessiblePage } from "./support/page-checks.ts";
import { chooseLanguage } from "./support/session.ts";
import { describeInBrowser, e2eEnvironment, openPage } from "./support/suite.ts";
import type { E2eRole } from "./support/users.ts";

/** The shared error page, in the layout every page uses. */
const NOT_FOUND = "/pagina-che-non-esiste";

/**
 * The campaigns the server opens at start, so that the pages of an open
 * campaign exist: 1 is the year-end 2025 campaign, 2 the mid-year 2025 one.
 * The server also publishes the plan, so the public portal's pages exist, and
 * gives it the sample records of 2.1, 2.3 and 3.x, so their pages have content.
 */
const CAMPAIGNS = ["yearend-2025", "midyear-2025"];
const YEAR_END = "/campagne/1";
const MID_YEAR = "/campagne/2";

/** The seed plan on the public portal: the server publishes it (administration 1). */
const PUBLIC_PLAN = "/trasparenza/enti/1/piao/2025-2027";

/** The pages each role opens (the seed plan is plan 1). A visitor is not signed in. */
export const PAGES: Record<E2eRole | "visitor", string[]> = {
  visitor: [
    "/accesso",
    NOT_FOUND,
    "/api/v1/docs",
    "/trasparenza/dati",
    "/trasparenza",
    "/trasparenza/enti/1",
    PUBLIC_PLAN,
    `${PUBLIC_PLAN}/sezioni/premessa-e-riferimenti-normativi`,
    `${PUBLIC_PLAN}/sezioni/2`,
    `${PUBLIC_PLAN}/azioni-positive/4`,
    `${PUBLIC_PLAN}/obiettivi/1609`,
    `${PUBLIC_PLAN}/obiettivi/1723/indicatori/4160`,
    `${PUBLIC_PLAN}/sezioni/2.1`,
    `${PUBLIC_PLAN}/sezioni/2.2`,
    `${PUBLIC_PLAN}/sezioni/2.3`,
    `${PUBLIC_PLAN}/sezioni/3.1`,
    `${PUBLIC_PLAN}/sezioni/3.2`,
    `${PUBLIC_PLAN}/sezioni/3.3`,
    `${PUBLIC_PLAN}/statistiche-genere`,
  ],
  planning: [
    "/piani",
    "/piani/1",
    "/piani/1/albero",
    "/piani/1/strutture",
    "/piani/1/obiettivi/1609",
    "/piani/1/obiettivi/nuovo",
    "/piani/1/obiettivi/1609/modifica",
    "/piani/1/obiettivi/1609/indicatori/3826/modifica",
    "/registro",
    "/campagne",
    `${YEAR_END}/chiudi`,
    "/rimodulazioni",
    "/cruscotto",
    "/scadenze",
    "/importa",
    "/profilo",
    "/profilo/password",
    "/piani/1/pubblicazione",
    "/piani/1/pubblicazione/campagne/1/ritiro",
    "/piani/1/valore-pubblico",
    "/piani/1/procedimenti",
    "/piani/1/personale",
    "/piani/1/statistiche-genere",
    "/piani/1/iter",
    "/piani/1/rischi",
    `${YEAR_END}/misure`,
    NOT_FOUND,
  ],
  head: [
    "/piani",
    "/piani/1",
    "/piani/1/albero",
    "/piani/1/obiettivi/1609",
    "/rilevazioni",
    `${YEAR_END}/obiettivi/1609/indicatori/3826`,
    `${YEAR_END}/obiettivi/1612/indicatori/3843`,
    `${YEAR_END}/obiettivi/1723/indicatori/4160`,
    `${MID_YEAR}/obiettivi/1609/previsione`,
    `${YEAR_END}/misure`,
    "/rimodulazioni/obiettivi/1612/indicatori/3843/nuova",
    "/scadenze",
    "/profilo",
  ],
  evaluator: [
    "/piani/1",
    "/piani/1/strutture",
    "/registro",
    "/cruscotto",
    "/campagne",
    `${YEAR_END}/neutralizzazioni`,
    `${YEAR_END}/validazione`,
    `${YEAR_END}/validazione/1609`,
  ],
  reader: ["/piani", "/piani/1", "/piani/1/obiettivi/1609", "/piani/1/valore-pubblico"],
  admin: ["/piani", "/utenti", "/utenti/nuovo", "/token-api", "/profilo/password"],
};

/** Pages that answer other than 200 on purpose. */
const STATUS: Record<string, number> = { [NOT_FOUND]: 404 };

const LANGS = ["it", "en"] as const;

describeInBrowser("every page, for each role, in each language", () => {
  const env = e2eEnvironment({ campaigns: CAMPAIGNS, publish: true, sections: true });

  for (const [role, paths] of Object.entries(PAGES) as [E2eRole | "visitor", string[]][]) {
    describe(role, () => {
      let context: BrowserContext;
      let page: Page;

      beforeAll(async () => {
        ({ context, page } = await openPage(env, role));
      });
      afterAll(async () => {
        await context?.close();
      });

      for (const lang of LANGS) {
        for (const path of paths) {
          it(`${path} (${lang}): accessible, and usable with the keyboard`, async () => {
            const response = await chooseLanguage(page, lang, path);
            expect(response?.status()).toBe(STATUS[path] ?? 200);
            expect(new URL(page.url()).pathname).toBe(path);
            expect(await page.getAttribute("html", "lang")).toBe(lang);
            await expectAccessiblePage(page, `${role}-${lang}-${path}`);
          });
        }
      }
    });
  }
});
