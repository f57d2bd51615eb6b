import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Store } from "../../src/store/database.ts";
import { seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import {
  Browser,
  givePasswords,
  pageText,
  signedIn,
  TEST_PASSWORD,
  testApp,
} from "../support/web.ts";

describeEachEngine("signing in and out", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    await seedCycle(store);
    await givePasswords(store);
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  it("sends a visitor to the sign-in page, and back where they were after signing in", async () => {
    const browser = new Browser(app);
    const res = await browser.get("/piani");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/accesso?next=%2Fpiani");
    await browser.get(res.headers.location as string);
    const signIn = await browser.post("/accesso", {
      username: "ufficio.piano",
      password: TEST_PASSWORD,
      next: "/piani",
    });
    expect(signIn.statusCode).toBe(303);
    expect(signIn.headers.location).toBe("/piani");
    const plans = await browser.get("/piani");
    expect(plans.statusCode).toBe(200);
    expect(pageText(plans.body)).toContain("PIAO 2025-2027");
  });

  it("keeps the session in an HttpOnly, SameSite cookie whose token the database does not hold", async () => {
    const browser = new Browser(app);
    await browser.get("/accesso");
    const res = await browser.post("/accesso", { username: "nucleo", password: TEST_PASSWORD });
    const cookie = res.cookies.find((c) => c.name === "piao_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    const stored = await store.db.selectFrom("web_session").select("id").execute();
    expect(stored.map((s) => s.id)).not.toContain(cookie?.value);
  });

  it("refuses a wrong password with a message and no session", async () => {
    const browser = new Browser(app);
    await browser.get("/accesso");
    const res = await browser.post("/accesso", {
      username: "ufficio.piano",
      password: "sbagliata-sbagliata",
    });
    expect(res.statusCode).toBe(401);
    expect(pageText(res.body)).toContain("Nome utente o password non corretti");
    expect(browser.hasCookie("piao_session")).toBe(false);
  });

  it("refuses a form posted without its CSRF token, and signs no one in", async () => {
    const browser = new Browser(app);
    await browser.get("/accesso");
    const res = await browser.post(
      "/accesso",
      { username: "ufficio.piano", password: TEST_PASSWORD },
      { withoutCsrf: true },
    );
    expect(res.statusCode).toBe(403);
    expect(pageText(res.body)).toContain(
      "Il modulo è scaduto o non proviene da questa applicazione",
    );
    expect(browser.hasCookie("piao_session")).toBe(false);
  });

  it("signs out: the session no longer opens pages", async () => {
    const browser = await signedIn(app, "lettore");
    expect((await browser.get("/piani")).statusCode).toBe(200);
    const out = await browser.post("/esci");
    expect(out.statusCode).toBe(303);
    expect((await browser.get("/piani")).statusCode).toBe(303);
  });

  it("changes a password: the old one stops working, a short one is refused beside its field", async () => {
    const browser = await signedIn(app, "dir.risorse");
    await browser.get("/profilo/password");
    const short = await browser.post("/profilo/password", {
      current: TEST_PASSWORD,
      password: "corta",
      confirm: "corta",
    });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('id="f-password-error"');
    expect(pageText(short.body)).toContain("La password deve avere da 12 a 200 caratteri");
    const changed = await browser.post("/profilo/password", {
      current: TEST_PASSWORD,
      password: "un'altra frase lunga",
      confirm: "un'altra frase lunga",
    });
    expect(changed.statusCode).toBe(303);
    const other = new Browser(app);
    await other.get("/accesso");
    expect(
      (await other.post("/accesso", { username: "dir.risorse", password: TEST_PASSWORD }))
        .statusCode,
    ).toBe(401);
    await other.signIn("dir.risorse", "un'altra frase lunga");
  });

  it("speaks English when asked, and remembers it", async () => {
    const browser = new Browser(app);
    const res = await browser.get("/lingua/en?back=/accesso");
    expect(res.headers.location).toBe("/accesso");
    expect(pageText((await browser.get("/accesso")).body)).toContain("Username");
  });

  it("sends the security headers: a script-tight CSP, no framing, no sniffing", async () => {
    const res = await new Browser(app).get("/accesso");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  it("slows down a guesser: after ten wrong passwords the sign-in answers 429", async () => {
    const browser = new Browser(app);
    await browser.get("/accesso");
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) {
      codes.push(
        (await browser.post("/accesso", { username: "guesser.target", password: `wrong-${i}` }))
          .statusCode,
      );
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});
