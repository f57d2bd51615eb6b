/**
 * The write API with API tokens: a plan as a JSON bundle, objectives,
 * indicators and measurements, each a new edition (or measurement version)
 * through the forms' own services, audited with the token's name; problems
 * by field, 401/403 by token, 409 naming what changed on a stale edition or
 * version, nothing written on any error; a rate limit per token. Every answer
 * is validated against the OpenAPI document (support/api.ts).
 */
import { expect, it } from "vitest";
import { toBundle } from "../../src/documents/bundle.ts";
import { type Role, roleMay } from "../../src/domain/authorization.ts";
import { apiOperations } from "../../src/http/api/route.ts";
import { WRITES_PER_MINUTE } from "../../src/http/api/writes.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { listAudit } from "../../src/services/audit.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { loadPlanDocument } from "../../src/services/plan-edition.ts";
import { ApiClient, expectOwnedExercised, expectProblem, makeToken } from "../support/api.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { publishSeed } from "../support/publication.ts";
import { AREA_RISORSE, seedText } from "../support/seed-expected.ts";

type Tokens = Record<string, string>;

describeEachEngine("API: writes with a token", (engine) => {
  const tokens: Tokens = {};
  let campaignId = 0;
  let otherPlanId = 0;
  const web = seededWebApp(engine, {
    prepare: async (store, seed) => {
      await publishSeed(store, seed);
      campaignId = (
        await openCampaign(store, seed.planning, {
          planId: seed.planId,
          year: 2025,
          kind: "yearend",
        })
      ).id;
      const read = readPiaoText(seedText());
      if (!read.document) throw new Error("seed did not read");
      const other = await importPlan(store, {
        ...read.document,
        administration: {
          ...read.document.administration,
          name: "COMUNE DI PROVA",
          taxCode: null,
          ipaCode: null,
          vatNumber: null,
        },
      });
      otherPlanId = other.planId;
      const a = seed.administrationId;
      tokens.plan = await makeToken(store, a, "gestionale", "planning");
      tokens.edit = await makeToken(store, a, "redazione", "planning");
      tokens.head = await makeToken(store, a, "rilevazioni-risorse", "head", AREA_RISORSE);
      tokens.reader = await makeToken(store, a, "lettura", "reader");
      tokens.evaluator = await makeToken(store, a, "nucleo", "evaluator");
      tokens.other = await makeToken(store, other.administrationId, "altro-ente", "planning");
      tokens.limit = await makeToken(store, a, "a-raffica", "planning");
      for (const role of ["planning", "head", "evaluator", "reader"] as const) {
        tokens[`matrix-${role}`] = await makeToken(
          store,
          a,
          `matrice-${role}`,
          role,
          role === "head" ? AREA_RISORSE : undefined,
        );
      }
    },
  });
  const api = () => new ApiClient(web.app);
  const planUrl = () => `/api/v1/plans/${web.seed.planId}`;
  const current = async () =>
    (await loadPlanDocument(web.store.db, { planId: web.seed.planId })).edition.number;
  const editions = async () =>
    (
      await web.store.db
        .selectFrom("plan_edition")
        .select("id")
        .where("plan_id", "=", web.seed.planId)
        .execute()
    ).length;
  const audit = (entity: string) => listAudit(web.store.db, web.seed.administrationId, { entity });
  const bundle = async () => {
    const { document, edition } = await loadPlanDocument(web.store.db, { planId: web.seed.planId });
    return JSON.parse(JSON.stringify(toBundle(document, edition.number)));
  };
  const newObjective = (code: string, edition: number) => ({
    code,
    title: `OBIETTIVO ${code} DA API`,
    description: "Creato da un sistema esterno",
    unitKey: AREA_RISORSE,
    positiveAction: 1,
    weight: null,
    tags: ["digitalisation"],
    expectedEdition: edition,
  });

  it("imports a plan bundle as a new edition, audited with the token's name", async () => {
    const b = await bundle();
    b.objectives[0].title = "PIAO 2025-2027 (DA API)";
    const before = await current();
    const res = await api().post("/api/v1/plans", b, { token: tokens.plan });
    expect(res.status).toBe(201);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.json).toMatchObject({
      status: "updated",
      planId: web.seed.planId,
      edition: before + 1,
      changes: { objectives: { changed: [{ code: "1609", fields: ["title"] }] } },
    });
    const entries = await audit("plan");
    expect(entries.at(-1)).toMatchObject({
      action: "import",
      actor: "api:gestionale",
      after: { edition: before + 1, source: "API" },
    });
    const again = await api().post("/api/v1/plans", b, { token: tokens.plan });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ status: "unchanged", edition: before + 1 });
  });

  it("refuses a bundle by field, with the schema and then the plan rules, writing nothing", async () => {
    const count = await editions();
    const b = await bundle();
    delete b.objectives[0].title;
    b.objectives[1].indicators[0].kind = "colore";
    const bad = await api().post("/api/v1/plans", b, { token: tokens.plan });
    expectProblem(bad, 400, ["body.objectives.0.title", "body.objectives.1.indicators.0.kind"]);
    const rules = await bundle();
    rules.objectives[1].code = rules.objectives[0].code;
    expectProblem(await api().post("/api/v1/plans", rules, { token: tokens.plan }), 400, [
      "body.objectives.1.code",
    ]);
    const malformed = await api().call({
      method: "POST",
      url: "/api/v1/plans",
      raw: '{"format": "piao-bundle",',
      token: tokens.plan,
    });
    expectProblem(malformed, 400, ["body"]);
    const text = await api().call({
      method: "POST",
      url: "/api/v1/plans",
      raw: "format=piao-bundle",
      headers: { "content-type": "text/plain" },
      token: tokens.plan,
    });
    expectProblem(text, 415);
    expect(await editions()).toBe(count);
  });

  it("refuses a plan of another administration, and a stale If-Match naming what changed", async () => {
    const b = await bundle();
    b.administration.name = "ENTE NUOVO";
    b.administration.taxCode = null;
    b.administration.ipaCode = null;
    b.administration.vatNumber = null;
    const administrations = await web.store.db.selectFrom("administration").select("id").execute();
    expectProblem(await api().post("/api/v1/plans", b, { token: tokens.plan }), 403);
    const other = await bundle();
    other.administration.name = "COMUNE DI PROVA";
    other.administration.taxCode = null;
    other.administration.ipaCode = null;
    other.administration.vatNumber = null;
    expectProblem(await api().post("/api/v1/plans", other, { token: tokens.plan }), 403);
    expect(await web.store.db.selectFrom("administration").select("id").execute()).toHaveLength(
      administrations.length,
    );
    const edition = await current();
    const stale = await bundle();
    stale.objectives[2].title = "MODIFICA SU UNA COPIA VECCHIA";
    const res = await api().post("/api/v1/plans", stale, {
      token: tokens.plan,
      headers: { "if-match": `"${edition - 1}"` },
    });
    expectProblem(res, 409, ["objectives.1609"]);
    expect(res.json.detail).toContain(`edizione ${edition}`);
    expect(await current()).toBe(edition);
  });

  it("answers 401 without a token, 403 to a reader or another administration's token", async () => {
    const b = await bundle();
    expectProblem(await api().post("/api/v1/plans", b), 401);
    expectProblem(await api().post("/api/v1/plans", b, { token: tokens.reader }), 403);
    expectProblem(
      await api().post(`${planUrl()}/objectives`, newObjective("1900", await current()), {
        token: tokens.other,
      }),
      403,
    );
  });

  it("adds and changes an objective as a new edition, audited with the token's name", async () => {
    const edition = await current();
    const res = await api().post(`${planUrl()}/objectives`, newObjective("1801", edition), {
      token: tokens.edit,
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      planId: web.seed.planId,
      edition: edition + 1,
      status: "updated",
      objective: { code: "1801", tags: ["digitalisation"], indicators: [] },
    });
    expect((await audit("objective")).at(-1)).toMatchObject({
      action: "create",
      actor: "api:redazione",
      entityKey: `${web.seed.planId}/1801`,
    });
    const { code: _code, ...fields } = newObjective("1801", edition + 1);
    const put = await api().put(
      `${planUrl()}/objectives/1609`,
      { ...fields, title: "PIAO: REDAZIONE E APPROVAZIONE" },
      { token: tokens.edit },
    );
    expect(put.status).toBe(200);
    expect(put.json.objective).toMatchObject({
      code: "1609",
      title: "PIAO: REDAZIONE E APPROVAZIONE",
    });
    expect(put.json.objective.indicators.map((i: { code: string }) => i.code)).toEqual(["3826"]);
    // The public still reads the published edition.
    const published = await api().get(`${planUrl()}/objectives/1801`);
    expectProblem(published, 404);
  });

  it("refuses an objective by field, without an edition, or on a stale edition naming what changed", async () => {
    const count = await editions();
    const edition = await current();
    const bad = await api().post(
      `${planUrl()}/objectives`,
      { ...newObjective("1609", edition), unitKey: "Area che non esiste", positiveAction: 9 },
      { token: tokens.edit },
    );
    expectProblem(bad, 400, ["body.code", "body.unitKey", "body.positiveAction"]);
    const { expectedEdition: _e, ...noEdition } = newObjective("1802", edition);
    expectProblem(
      await api().post(`${planUrl()}/objectives`, noEdition, { token: tokens.edit }),
      400,
      ["body.expectedEdition"],
    );
    const stale = await api().post(`${planUrl()}/objectives`, newObjective("1803", edition - 2), {
      token: tokens.edit,
    });
    expectProblem(stale, 409, ["objectives.1609"]);
    expect(
      stale.json.errors.find((e: { field: string }) => e.field === "objectives.1801"),
    ).toMatchObject({
      message: "aggiunto nel frattempo",
    });
    expectProblem(
      await api().put(
        `${planUrl()}/objectives/9999`,
        { ...noEdition, code: undefined, expectedEdition: edition },
        { token: tokens.edit },
      ),
      404,
    );
    expect(await editions()).toBe(count);
    const viaHeader = await api().post(`${planUrl()}/objectives`, noEdition, {
      token: tokens.edit,
      headers: { "if-match": `"${edition}"` },
    });
    expect(viaHeader.status).toBe(201);
  });

  it("adds and changes an indicator with typed targets, refusing a year outside the plan", async () => {
    const edition = await current();
    const indicator = {
      code: "4500",
      description: "Procedimenti online (PERCENTUALE)",
      kind: "percent",
      polarity: "higher",
      baseline: { kind: "percent", value: 40 },
      targets: [
        { year: 2025, value: { kind: "percent", value: 60 } },
        { year: 2026, value: { kind: "percent", value: 80 } },
      ],
      weight: null,
      expectedEdition: edition,
    };
    const res = await api().post(`${planUrl()}/objectives/1801/indicators`, indicator, {
      token: tokens.edit,
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      edition: edition + 1,
      objectiveCode: "1801",
      indicator: { code: "4500", unitLabel: "Percentuale", targets: indicator.targets },
    });
    expect((await audit("indicator")).at(-1)).toMatchObject({
      action: "create",
      actor: "api:redazione",
      entityKey: `${web.seed.planId}/1801/4500`,
    });
    const count = await editions();
    const { code: _c, ...fields } = indicator;
    const outside = await api().put(
      `${planUrl()}/objectives/1801/indicators/4500`,
      {
        ...fields,
        targets: [{ year: 2031, value: { kind: "percent", value: 90 } }],
        expectedEdition: edition + 1,
      },
      { token: tokens.edit },
    );
    expectProblem(outside, 400, ["body.targets.0"]);
    const wrongKind = await api().put(
      `${planUrl()}/objectives/1801/indicators/4500`,
      {
        ...fields,
        targets: [{ year: 2025, value: { kind: "boolean", value: true } }],
        expectedEdition: edition + 1,
      },
      { token: tokens.edit },
    );
    expectProblem(wrongKind, 400);
    expect(await editions()).toBe(count);
    const put = await api().put(
      `${planUrl()}/objectives/1801/indicators/4500`,
      {
        ...fields,
        targets: [{ year: 2025, value: { kind: "percent", value: 65 } }],
        expectedEdition: edition + 1,
      },
      { token: tokens.edit },
    );
    expect(put.status).toBe(200);
    expect(put.json.indicator.targets).toEqual([
      { year: 2025, value: { kind: "percent", value: 65 } },
    ]);
    expect((await audit("indicator")).at(-1)).toMatchObject({ action: "update" });
    expectProblem(
      await api().put(`${planUrl()}/objectives/1801/indicators/0000`, fields, {
        token: tokens.edit,
      }),
      404,
    );
  });

  it("enters a measurement with its version guard; a head only in their unit", async () => {
    const url = (o: string, i: string) => `/api/v1/campaigns/${campaignId}/measurements/${o}/${i}`;
    const value = { kind: "deadline", doneOn: "2025-01-28" };
    const created = await api().put(
      url("1609", "3826"),
      { value, expectedVersion: 0, note: "atto n. 18" },
      {
        token: tokens.head,
      },
    );
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      campaignId,
      objectiveCode: "1609",
      indicatorCode: "3826",
      value,
      note: "atto n. 18",
      enteredBy: "api:rilevazioni-risorse",
      version: 1,
    });
    const changed = await api().put(
      url("1609", "3826"),
      { value: { kind: "deadline", doneOn: "2025-01-30" } },
      {
        token: tokens.head,
        headers: { "if-match": "1" },
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.json.version).toBe(2);
    const stale = await api().put(
      url("1609", "3826"),
      { value, expectedVersion: 1 },
      { token: tokens.head },
    );
    expectProblem(stale, 409, ["body.value"]);
    expect(stale.json.detail).toContain("api:rilevazioni-risorse");
    expectProblem(
      await api().put(
        url("1609", "3826"),
        { value: { kind: "number", value: 3 }, expectedVersion: 2 },
        {
          token: tokens.head,
        },
      ),
      400,
      ["body.value"],
    );
    expectProblem(
      await api().put(
        url("1609", "3826"),
        { value: { kind: "deadline", doneOn: "31/01/2025" }, expectedVersion: 2 },
        {
          token: tokens.head,
        },
      ),
      400,
      ["body.value.doneOn"],
    );
    // 1712 belongs to the Settore Istruzione, not to the head's Area.
    expectProblem(
      await api().put(url("1712", "4119"), { value, expectedVersion: 0 }, { token: tokens.head }),
      403,
    );
    expectProblem(
      await api().put(url("1609", "3826"), { value, expectedVersion: 2 }, { token: tokens.other }),
      403,
    );
    expectProblem(
      await api().put(
        url("1609", "3826"),
        { value, expectedVersion: 2 },
        { token: tokens.evaluator },
      ),
      403,
    );
    expectProblem(
      await api().put(url("1609", "9999"), { value, expectedVersion: 0 }, { token: tokens.plan }),
      404,
    );
    expectProblem(await api().put(url("1609", "3826"), { value }, { token: tokens.plan }), 400, [
      "body.expectedVersion",
    ]);
    const history = await listAudit(web.store.db, web.seed.administrationId, {
      entity: "measurement",
    });
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ["create", "api:rilevazioni-risorse"],
      ["update", "api:rilevazioni-risorse"],
    ]);
    expect(otherPlanId).toBeGreaterThan(0);
  });

  it("answers each write as the token's role allows: 403 exactly where it may not", async () => {
    const operations = (apiOperations.get(web.app) ?? []).filter((o) => o.access !== "public");
    expect(operations.length).toBeGreaterThanOrEqual(6);
    const wrong: string[] = [];
    for (const role of ["planning", "head", "evaluator", "reader"] as Role[]) {
      for (const op of operations) {
        const url = op.path.replace(/:(\w+)/g, (_, name: string) =>
          name === "planId"
            ? String(web.seed.planId)
            : name === "campaignId"
              ? String(campaignId)
              : name === "indicatorCode"
                ? "3826"
                : "1609",
        );
        const res = await api().call({
          method: op.method,
          url,
          body: {},
          token: tokens[`matrix-${role}`],
        });
        const allowed = roleMay(role, op.access as Parameters<typeof roleMay>[1]);
        if (allowed && (res.status === 401 || res.status === 403))
          wrong.push(`${role} ${op.method} ${op.path}: ${res.status}`);
        if (!allowed && res.status !== 403)
          wrong.push(`${role} ${op.method} ${op.path}: ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("limits the writes of each token per minute, with a problem", async () => {
    let res = await api().post("/api/v1/plans", {}, { token: tokens.limit });
    expect(res.headers["x-ratelimit-limit"]).toBe(String(WRITES_PER_MINUTE));
    for (let i = 1; i < WRITES_PER_MINUTE && res.status !== 429; i++) {
      res = await api().post("/api/v1/plans", {}, { token: tokens.limit });
    }
    expect(res.status).toBe(400);
    res = await api().post("/api/v1/plans", {}, { token: tokens.limit });
    expectProblem(res, 429);
    expect(res.headers["retry-after"]).toBeTruthy();
    // Another token has its own allowance.
    expect((await api().post("/api/v1/plans", {}, { token: tokens.plan })).status).toBe(400);
  });
});

it("exercised every write operation", () => expectOwnedExercised("api-write"));
