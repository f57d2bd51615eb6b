import { expect, it } from "vitest";
import { createUser } from "../../src/services/users.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { AREA_RISORSE } from "../support/seed-expected.ts";
import { Browser, pageText, signedIn } from "../support/web.ts";

describeEachEngine("user administration", (engine) => {
  const web = seededWebApp(engine, {
    prepare: async (store) => {
      await createUser(store, {
        username: "admin",
        displayName: "Amministratore",
        role: "admin",
        administrationId: null,
      });
    },
  });

  const headForm = (username: string) => ({
    username,
    displayName: "Maria Rossi",
    role: "head",
    administration: String(web.seed.administrationId),
    unit: `${web.seed.administrationId}|${AREA_RISORSE}`,
    email: "maria.rossi@cittametropolitana.bo.it",
  });

  it("lists the users with their role, unit and whether they are active", async () => {
    const admin = await signedIn(web.app, "admin");
    const res = await admin.get("/utenti");
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain("dir.risorse");
    expect(text).toContain(`dirigente ${AREA_RISORSE}`);
  });

  it("creates a head of unit who then signs in with the password shown once", async () => {
    const admin = await signedIn(web.app, "admin");
    await admin.get("/utenti/nuovo");
    const created = await admin.post("/utenti/nuovo", headForm("m.rossi"));
    expect(created.statusCode).toBe(303);
    const list = pageText((await admin.get("/utenti")).body);
    const password = /Password: (\S+) —/.exec(list)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(pageText((await admin.get("/utenti")).body)).not.toContain(password as string);
    const head = new Browser(web.app);
    await head.signIn("m.rossi", password);
    const profile = pageText((await head.get("/profilo")).body);
    expect(profile).toContain(AREA_RISORSE);
    expect(profile).toContain("maria.rossi@cittametropolitana.bo.it");
  });

  it("puts a message beside a bad e-mail and a missing unit, keeps what was typed, writes nothing", async () => {
    const admin = await signedIn(web.app, "admin");
    await admin.get("/utenti/nuovo");
    const badEmail = await admin.post("/utenti/nuovo", {
      ...headForm("g.bianchi"),
      email: "non-un-indirizzo",
    });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.body).toMatch(/id="f-email-error"[^>]*>Indirizzo e-mail non valido/);
    expect(badEmail.body).toContain('value="g.bianchi"');
    const noUnit = await admin.post("/utenti/nuovo", { ...headForm("g.bianchi"), unit: "" });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.body).toMatch(/id="f-unit-error"[^>]*>Un dirigente deve avere una struttura/);
    const stored = await web.store.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", "g.bianchi")
      .execute();
    expect(stored).toEqual([]);
  });

  it("refuses a username already taken beside its field", async () => {
    const admin = await signedIn(web.app, "admin");
    await admin.get("/utenti/nuovo");
    const res = await admin.post("/utenti/nuovo", headForm("dir.risorse"));
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-username-error"[^>]*>L&#39;utente «dir.risorse» esiste già/);
  });

  it("resets a password: the user's session ends and only the new password opens", async () => {
    const reader = await signedIn(web.app, "lettore");
    const admin = await signedIn(web.app, "admin");
    const id = await userId("lettore");
    await admin.get("/utenti");
    expect((await admin.post(`/utenti/${id}/password`)).statusCode).toBe(303);
    const page = pageText((await admin.get("/utenti")).body);
    const password = /Nuova password di lettore: (\S+) —/.exec(page)?.[1];
    expect((await reader.get("/piani")).statusCode).toBe(303);
    await new Browser(web.app).signIn("lettore", password);
  });

  it("disables a user, ending their session, and enables them again", async () => {
    const head = await signedIn(web.app, "dir.istruzione");
    const admin = await signedIn(web.app, "admin");
    const id = await userId("dir.istruzione");
    await admin.get("/utenti");
    expect((await admin.post(`/utenti/${id}/stato`, { active: "0" })).statusCode).toBe(303);
    expect((await head.get("/piani")).statusCode).toBe(303);
    await expect(signedIn(web.app, "dir.istruzione")).rejects.toThrow(/401/);
    await admin.get("/utenti");
    await admin.post(`/utenti/${id}/stato`, { active: "1" });
    await signedIn(web.app, "dir.istruzione");
  });

  it("refuses /utenti to a planning officer (403) and answers 404 for an unknown user", async () => {
    const planning = await signedIn(web.app, "ufficio.piano");
    expect((await planning.get("/utenti")).statusCode).toBe(403);
    expect((await planning.get("/utenti/nuovo")).statusCode).toBe(403);
    const admin = await signedIn(web.app, "admin");
    await admin.get("/utenti");
    expect((await admin.post("/utenti/999999/password")).statusCode).toBe(404);
    expect((await admin.post("/utenti/abc/password")).statusCode).toBe(404);
  });

  async function userId(username: string): Promise<number> {
    const row = await web.store.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirstOrThrow();
    return row.id;
  }
});
