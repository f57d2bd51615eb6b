/**
 * API tokens: made and revoked by the administration's administrators (the
 * page /token-api and `piao tokens`), the secret shown once and only its
 * SHA-256 kept, every change audited; a revoked or expired token is refused
 * with 401, a token acts with its role for its administration only, and
 * records when it was last used at most once a minute.
 */
import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  tokenActor,
} from "../../src/services/api-tokens.ts";
import { listAudit } from "../../src/services/audit.ts";
import { createUser, findActor } from "../../src/services/users.ts";
import { ApiClient, expectProblem, makeToken, SYSADMIN } from "../support/api.ts";
import { runCli, storeEnv } from "../support/cli.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { publishSeed } from "../support/publication.ts";
import { refusal } from "../support/refusal.ts";
import { AREA_RISORSE } from "../support/seed-expected.ts";
import { pageText, signedIn } from "../support/web.ts";

describeEachEngine("API tokens", (engine) => {
  const web = seededWebApp(engine, {
    prepare: async (store, seed) => {
      await publishSeed(store, seed);
      await createUser(store, {
        username: "sysadmin",
        displayName: "Amministratore di sistema",
        role: "admin",
        administrationId: null,
      });
      await createUser(store, {
        username: "admin.bologna",
        displayName: "Amministratore dell'ente",
        role: "admin",
        administrationId: seed.administrationId,
      });
    },
  });
  const api = () => new ApiClient(web.app);
  const planUrl = () => `/api/v1/plans/${web.seed.planId}`;

  it("shows the secret once and keeps only its SHA-256, auditing who made it", async () => {
    const admin = await findActor(web.store.db, "admin.bologna");
    const { token, secret } = await createApiToken(web.store, admin, {
      administrationId: web.seed.administrationId,
      name: "protocollo",
      role: "head",
      unit: "Area Risorse Programmazione e Organizzazione",
    });
    expect(secret).toMatch(/^piao_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ role: "head", unitKey: AREA_RISORSE, state: "active" });
    expect(secret.startsWith(token.prefix)).toBe(true);
    const row = await web.store.db
      .selectFrom("api_token")
      .selectAll()
      .where("id", "=", token.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(secret);
    const listed = await listApiTokens(web.store.db, admin);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const audit = await listAudit(web.store.db, web.seed.administrationId, { entity: "api_token" });
    expect(audit.at(-1)).toMatchObject({
      action: "create",
      actor: "admin.bologna",
      entityKey: String(token.id),
    });
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("refuses bad token data by field, and lets only administrators make tokens", async () => {
    const input = { administrationId: web.seed.administrationId, name: "x", role: "head" as const };
    const noUnit = await refusal(createApiToken(web.store, SYSADMIN, input));
    expect(noUnit.diagnostics.map((d) => d.field)).toEqual(["unit"]);
    const past = await refusal(
      createApiToken(web.store, SYSADMIN, { ...input, role: "reader", expiresOn: "2020-01-01" }),
    );
    expect(past.diagnostics.map((d) => d.field)).toEqual(["expiresOn"]);
    await makeToken(web.store, web.seed.administrationId, "doppio", "reader");
    const taken = await refusal(
      createApiToken(web.store, SYSADMIN, { ...input, name: "doppio", role: "reader" }),
    );
    expect(taken.code).toBe("conflict");
    for (const actor of [web.seed.planning, { ...SYSADMIN, administrationId: 999 }]) {
      expect(
        (await refusal(createApiToken(web.store, actor, { ...input, role: "reader" }))).code,
      ).toBe("forbidden");
    }
  });

  it("acts with its role; revoked or expired it is refused with 401", async () => {
    const secret = await makeToken(web.store, web.seed.administrationId, "da-revocare", "reader");
    const ok = await api().get(planUrl(), { token: secret });
    expect(ok.status).toBe(200);
    const id = (await listApiTokens(web.store.db, SYSADMIN)).find((t) => t.name === "da-revocare")
      ?.id as number;
    await revokeApiToken(web.store, SYSADMIN, id);
    const revoked = await api().get(planUrl(), { token: secret });
    expectProblem(revoked, 401);
    expect(revoked.json.detail).toMatch(/revocato/);
    const expiring = await makeToken(web.store, web.seed.administrationId, "in-scadenza", "reader");
    await web.store.db
      .updateTable("api_token")
      .set({ expires_at: "2025-01-01T00:00:00.000Z" })
      .where("name", "=", "in-scadenza")
      .execute();
    expectProblem(await api().get(planUrl(), { token: expiring }), 401);
    expectProblem(await api().get(planUrl(), { headers: { authorization: "Basic eDp5" } }), 401);
    // A revoked name may be used again.
    await makeToken(web.store, web.seed.administrationId, "da-revocare", "reader");
  });

  it("records the last use at most once a minute", async () => {
    const secret = await makeToken(web.store, web.seed.administrationId, "orologio", "reader");
    const at = (s: number) => new Date(Date.UTC(2026, 0, 10, 9, 0, s));
    const lastUsed = async () =>
      (
        await web.store.db
          .selectFrom("api_token")
          .select("last_used_at")
          .where("name", "=", "orologio")
          .executeTakeFirstOrThrow()
      ).last_used_at;
    expect(await tokenActor(web.store.db, secret, at(0))).toMatchObject({
      username: "api:orologio",
      role: "reader",
      administrationId: web.seed.administrationId,
    });
    expect(await lastUsed()).toBe(at(0).toISOString());
    await tokenActor(web.store.db, secret, at(30));
    expect(await lastUsed()).toBe(at(0).toISOString());
    await tokenActor(web.store.db, secret, at(61));
    expect(await lastUsed()).toBe(at(61).toISOString());
    expect(await tokenActor(web.store.db, "piao_sbagliato", at(62))).toBeNull();
  });

  it("lets the administrator make a token on /token-api, showing the secret once", async () => {
    const admin = await signedIn(web.app, "admin.bologna");
    const list = await admin.get("/token-api");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('href="/token-api"');
    const made = await admin.post("/token-api", {
      name: "sito istituzionale",
      role: "planning",
      administration: String(web.seed.administrationId),
      expiresOn: "31/12/2030",
    });
    expect(made.statusCode).toBe(200);
    const secret = /<code id="token-secret">(piao_[^<]+)<\/code>/.exec(made.body)?.[1] as string;
    expect(secret).toBeTruthy();
    expect(pageText(made.body)).toContain("non sarà più mostrato");
    const again = await admin.get("/token-api");
    expect(again.body).not.toContain(secret);
    expect(pageText(again.body)).toContain("sito istituzionale");
    expect(pageText(again.body)).toContain("31/12/2030");
    // The token writes, as the planning office of the administration.
    const write = await api().post(
      `${planUrl()}/objectives`,
      {
        code: "1901",
        title: "OBIETTIVO DAL SITO",
        description: "",
        unitKey: null,
        positiveAction: null,
        weight: null,
        tags: [],
      },
      { token: secret, headers: { "if-match": "1" } },
    );
    expect(write.status).toBe(201);
  });

  it("puts a message beside each wrong field of the form, keeps what was typed, writes nothing", async () => {
    const admin = await signedIn(web.app, "admin.bologna");
    await admin.get("/token-api");
    const before = (await listApiTokens(web.store.db, SYSADMIN)).length;
    const res = await admin.post("/token-api", {
      name: "senza struttura",
      role: "head",
      administration: String(web.seed.administrationId),
      unit: "",
      expiresOn: "31/02/2030",
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-expiresOn-error"[^>]*>Data non valida/);
    expect(res.body).toContain('value="senza struttura"');
    const headOnly = await admin.post("/token-api", {
      name: "senza struttura",
      role: "head",
      administration: String(web.seed.administrationId),
      unit: "",
    });
    expect(headOnly.statusCode).toBe(400);
    expect(headOnly.body).toMatch(/id="f-unit-error"[^>]*>Un token con ruolo dirigente/);
    const noCsrf = await admin.post(
      "/token-api",
      { name: "x", role: "reader" },
      { withoutCsrf: true },
    );
    expect(noCsrf.statusCode).toBe(403);
    expect((await listApiTokens(web.store.db, SYSADMIN)).length).toBe(before);
    const planning = await signedIn(web.app, "ufficio.piano");
    expect((await planning.get("/token-api")).statusCode).toBe(403);
  });

  it("revokes a token after confirmation; the token stops at once", async () => {
    const secret = await makeToken(web.store, web.seed.administrationId, "gestionale BI", "reader");
    const id = (await listApiTokens(web.store.db, SYSADMIN)).find((t) => t.name === "gestionale BI")
      ?.id as number;
    const admin = await signedIn(web.app, "admin.bologna");
    const confirm = await admin.get(`/token-api/${id}/revoca`);
    expect(confirm.statusCode).toBe(200);
    expect(pageText(confirm.body)).toContain("non potranno più accedere");
    const done = await admin.post(`/token-api/${id}/revoca`);
    expect(done.statusCode).toBe(303);
    expect(pageText((await admin.get("/token-api")).body)).toContain(
      "Token «gestionale BI» revocato.",
    );
    expectProblem(await api().get(planUrl(), { token: secret }), 401);
    const audit = await listAudit(web.store.db, web.seed.administrationId, { entity: "api_token" });
    expect(audit.at(-1)).toMatchObject({ action: "revoke", actor: "admin.bologna" });
    expect((await admin.get("/token-api/999999/revoca")).statusCode).toBe(404);
  });

  it("makes, lists and revokes tokens from the command line", async () => {
    const env = { ...storeEnv(web.target), PIAO_LANG: "it", PIAO_USER: "sysadmin" };
    const made = await runCli(
      [
        "tokens",
        "create",
        "--name",
        "da-riga-di-comando",
        "--role",
        "head",
        "--unit",
        "Area Risorse Programmazione e Organizzazione",
        "--expires",
        "31/12/2030",
      ],
      env,
    );
    expect(made.code, made.stderr).toBe(0);
    const secret = made.stdout.trim();
    expect(secret).toMatch(/^piao_/);
    expect(made.stderr).toContain("non sarà più mostrato");
    expect((await api().get(planUrl(), { token: secret })).status).toBe(200);
    const listed = await runCli(["tokens", "list"], env);
    const line = listed.stdout.split("\n").find((l) => l.includes("da-riga-di-comando")) ?? "";
    expect(line).toContain(AREA_RISORSE);
    expect(line).toContain("attivo");
    expect(listed.stdout).not.toContain(secret);
    const id = line.split("\t")[0] as string;
    const revoked = await runCli(["tokens", "revoke", id], env);
    expect(revoked.code, revoked.stderr).toBe(0);
    expectProblem(await api().get(planUrl(), { token: secret }), 401);
    const refused = await runCli(["tokens", "create", "--name", "x", "--role", "reader"], {
      ...env,
      PIAO_USER: "ufficio.piano",
    });
    expect(refused.code).toBe(1);
  });
});
