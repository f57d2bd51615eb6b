import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Store } from "../../src/store/database.ts";
import { seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type LocalProvider, signInAtProvider, startProvider } from "../support/oidc.ts";
import { Browser, pageText, TEST_WEB_CONFIG, testApp } from "../support/web.ts";

const CALLBACK = `${TEST_WEB_CONFIG.publicUrl}/accesso/oidc/callback`;

/** From our sign-in button to the provider and back: the response of our callback. */
async function signInWithSpid(browser: Browser, login: string, next = "/piani") {
  const start = await browser.get(`/accesso/oidc?next=${encodeURIComponent(next)}`);
  expect(start.statusCode).toBe(303);
  const back = await signInAtProvider(start.headers.location as string, login);
  expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
  return browser.get(`${back.pathname}${back.search}`);
}

describeEachEngine("signing in with OpenID Connect (SPID/CIE gateway)", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let provider: LocalProvider;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    await seedCycle(store);
    await store.db
      .updateTable("app_user")
      .set({ email: "Risorse@CittaMetropolitana.bo.it" })
      .where("username", "=", "dir.risorse")
      .execute();
    provider = await startProvider(CALLBACK, {
      "TINIT-RSSMRA80A01A944X": {
        email: "risorse@cittametropolitana.bo.it",
        email_verified: true,
      },
      "TINIT-SCNSCN80A01A944X": { email: "sconosciuto@example.org", email_verified: true },
    });
    app = await testApp(store, {
      config: {
        oidc: {
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          label: "Entra con SPID o CIE",
        },
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await provider.stop();
    await dispose();
  });

  it("signs in the person whose e-mail the provider confirms, and links their subject", async () => {
    const browser = new Browser(app);
    const signInPage = pageText((await browser.get("/accesso")).body);
    expect(signInPage).toContain("Entra con SPID o CIE");
    const done = await signInWithSpid(browser, "TINIT-RSSMRA80A01A944X");
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe("/piani");
    expect(browser.hasCookie("piao_session")).toBe(true);
    expect(pageText((await browser.get("/profilo")).body)).toContain("dir.risorse");
    const row = await store.db
      .selectFrom("app_user")
      .select("oidc_subject")
      .where("username", "=", "dir.risorse")
      .executeTakeFirstOrThrow();
    expect(row.oidc_subject).toBe("TINIT-RSSMRA80A01A944X");
  });

  it("recognises the linked subject the next time", async () => {
    const browser = new Browser(app);
    expect(
      (await signInWithSpid(browser, "TINIT-RSSMRA80A01A944X", "/profilo")).headers.location,
    ).toBe("/profilo");
    expect((await browser.get("/profilo")).statusCode).toBe(200);
  });

  it("refuses a person without an account, creating none", async () => {
    const browser = new Browser(app);
    const res = await signInWithSpid(browser, "TINIT-SCNSCN80A01A944X");
    expect(res.statusCode).toBe(403);
    expect(pageText(res.body)).toContain("non hai un account su questa applicazione");
    expect(browser.hasCookie("piao_session")).toBe(false);
    const users = await store.db.selectFrom("app_user").select("id").execute();
    expect(users.length).toBe(6);
  });

  it("shows a clear page when the provider answers with an error, or the request is stale", async () => {
    const browser = new Browser(app);
    const start = await browser.get("/accesso/oidc");
    const state = new URL(start.headers.location as string).searchParams.get("state");
    const denied = await browser.get(
      `/accesso/oidc/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`,
    );
    expect(denied.statusCode).toBe(400);
    expect(pageText(denied.body)).toContain("Il servizio di identità non ha confermato l'accesso");
    const stale = await new Browser(app).get("/accesso/oidc/callback?code=x&state=y");
    expect(stale.statusCode).toBe(400);
    expect(pageText(stale.body)).toContain("La richiesta di accesso è scaduta");
  });
});
