/**
 * The read API on the seed published with its 2025 year-end campaign: the
 * seed's real values (test/support/seed-expected.ts, the hand-worked scores of
 * test/services/year-end-seed.test.ts), filters and pages, 404 for what is not
 * published, ETag and 304, problems by field for a bad query. Every answer is
 * validated against the OpenAPI document by the client (support/api.ts).
 */
import { expect, it } from "vitest";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { ApiClient, expectOwnedExercised, expectProblem } from "../support/api.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { publishSeed, SEED_PUBLICATION } from "../support/publication.ts";
import {
  AREA_RISORSE,
  AREA_SVILUPPO,
  EXPECTED_ACTION_TITLES,
  EXPECTED_OBJECTIVES,
  isoOf,
  PERCENT_INDICATORS,
  SETTORE_ISTRUZIONE,
  seedText,
} from "../support/seed-expected.ts";

const INDICATORS = EXPECTED_OBJECTIVES.reduce((n, o) => n + o.indicators.length, 0);
const codesOf = (items: { code: string }[]) => items.map((i) => i.code);
const expectedCodes = (filter: (o: (typeof EXPECTED_OBJECTIVES)[number]) => boolean) =>
  EXPECTED_OBJECTIVES.filter(filter).map((o) => o.code);

describeEachEngine("API: published data", (engine) => {
  let campaignId = 0;
  let draftPlanId = 0;
  const web = seededWebApp(engine, {
    prepare: async (store, seed) => {
      ({ yearEndCampaignId: campaignId } = (await publishSeed(store, seed, {
        yearEnd: true,
      })) as { yearEndCampaignId: number });
      // Another period of the same administration, never published.
      const read = readPiaoText(seedText());
      if (!read.document) throw new Error("seed did not read");
      const doc = read.document;
      draftPlanId = (
        await importPlan(store, { ...doc, plan: { ...doc.plan, startYear: 2028, endYear: 2030 } })
      ).planId;
    },
  });
  const api = () => new ApiClient(web.app);
  const plan = () => `/api/v1/plans/${web.seed.planId}`;

  it("lists and finds the administration with its published plan only", async () => {
    const list = await api().get("/api/v1/administrations?q=bologna");
    expect(list.status).toBe(200);
    expect(list.json.page).toEqual({ page: 1, pageSize: 50, total: 1 });
    expect(list.json.items[0]).toMatchObject({
      id: web.seed.administrationId,
      name: "CITTA' METROPOLITANA DI BOLOGNA",
      plans: [{ planId: web.seed.planId, period: "2025-2027" }],
    });
    const one = await api().get(`/api/v1/administrations/${web.seed.administrationId}`);
    expect(one.status).toBe(200);
    expect(one.json.plans).toHaveLength(1);
    expect(one.json.plans[0]).toMatchObject({
      planId: web.seed.planId,
      period: "2025-2027",
      approvalAct: SEED_PUBLICATION.approvalAct,
      approvingAuthority: "Sindaco metropolitano",
    });
    expectProblem(await api().get("/api/v1/administrations/999999"), 404);
    expectProblem(await api().get("/api/v1/administrations/abc"), 400, ["params.administrationId"]);
  });

  it("lists the published plans, filtered by administration and by a year they cover", async () => {
    const all = await api().get("/api/v1/plans");
    expect(all.json.items.map((p: { planId: number }) => p.planId)).toEqual([web.seed.planId]);
    expect((await api().get("/api/v1/plans?year=2026")).json.page.total).toBe(1);
    expect((await api().get("/api/v1/plans?year=2029")).json.page.total).toBe(0);
    const admin = await api().get(`/api/v1/plans?administration=${web.seed.administrationId}`);
    expect(admin.json.page.total).toBe(1);
    expect((await api().get("/api/v1/plans?administration=999999")).json.items).toEqual([]);
    expectProblem(await api().get("/api/v1/plans?year=duemila&page=0"), 400, [
      "query.year",
      "query.page",
    ]);
  });

  it("gives the plan with the Portale PIAO metadata, sections, areas, units and campaigns", async () => {
    const res = await api().get(plan());
    expect(res.status).toBe(200);
    const p = res.json;
    expect(p).toMatchObject({
      planId: web.seed.planId,
      period: "2025-2027",
      editionNumber: 1,
      approvalDate: SEED_PUBLICATION.approvalDate,
      approvalAct: SEED_PUBLICATION.approvalAct,
      documentUrl: SEED_PUBLICATION.documentUrl,
      smallAdministration: false,
      counts: { objectives: EXPECTED_OBJECTIVES.length, indicators: INDICATORS },
    });
    expect(p.positiveActions.map((a: { title: string }) => a.title)).toEqual(
      EXPECTED_ACTION_TITLES,
    );
    expect(p.units.map((u: { key: string }) => u.key)).toEqual([
      AREA_RISORSE,
      AREA_SVILUPPO,
      SETTORE_ISTRUZIONE,
    ]);
    expect(p.units.every((u: object) => !("head" in u))).toBe(true);
    expect(p.sections.find((s: { code: string }) => s.code === "2.2")).toMatchObject({
      title: "PERFORMANCE",
      inIndex: true,
    });
    expect(p.campaigns).toEqual([
      expect.objectContaining({ id: campaignId, year: 2025, kind: "yearend" }),
    ]);
  });

  it("pages and filters the objectives by area, unit (with the units below it) and tag", async () => {
    const first = await api().get(`${plan()}/objectives`);
    expect(first.json.page.total).toBe(EXPECTED_OBJECTIVES.length);
    expect(codesOf(first.json.items)).toEqual(expectedCodes(() => true));
    const page2 = await api().get(`${plan()}/objectives?pageSize=5&page=2`);
    expect(codesOf(page2.json.items)).toEqual(EXPECTED_OBJECTIVES.slice(5, 10).map((o) => o.code));
    expect(page2.json.page).toEqual({ page: 2, pageSize: 5, total: EXPECTED_OBJECTIVES.length });
    const area3 = await api().get(`${plan()}/objectives?area=3`);
    expect(codesOf(area3.json.items)).toEqual(expectedCodes((o) => o.action === 3));
    const sviluppo = await api().get(
      `${plan()}/objectives?unit=${encodeURIComponent(AREA_SVILUPPO)}&pageSize=200`,
    );
    expect(codesOf(sviluppo.json.items)).toEqual(
      expectedCodes((o) => o.unitKey === SETTORE_ISTRUZIONE),
    );
    expect(sviluppo.json.items[0]).toMatchObject({
      unitName: "Settore Istruzione e Sviluppo Sociale",
      tags: ["gender_equality"],
    });
    const tagged = await api().get(`${plan()}/objectives?tag=digitalisation`);
    expect(tagged.json.page.total).toBe(0);
    expectProblem(await api().get(`${plan()}/objectives?pageSize=500&tag=colore`), 400, [
      "query.pageSize",
      "query.tag",
    ]);
  });

  it("gives an objective with its targets and the year-end measurements and scores", async () => {
    const res = await api().get(`${plan()}/objectives/1611`);
    expect(res.status).toBe(200);
    const o = res.json;
    expect(o).toMatchObject({ code: "1611", unitKey: AREA_RISORSE, positiveAction: 1 });
    const expected = EXPECTED_OBJECTIVES.find((x) => x.code === "1611");
    expect(o.indicators.map((i: { code: string }) => i.code)).toEqual(
      expected?.indicators.map(([code]) => code),
    );
    expect(o.indicators[1].targets).toEqual([
      { year: 2025, value: { kind: "deadline", date: isoOf("31/07/2025") } },
    ]);
    // 3833 met 10 days late: 100 − 2·10 (year-end-seed.test.ts).
    expect(o.indicators[1].results).toEqual([
      expect.objectContaining({
        campaignId,
        year: 2025,
        kind: "yearend",
        state: "scored",
        score: 80,
        delayDays: 10,
        neutralised: false,
      }),
    ]);
    expect(o.results[0].achievement.score).toBeCloseTo((100 + 80 + 100) / 3, 9);
    expect(JSON.stringify(o)).not.toMatch(/"note"|neutralisedReason/);
    expectProblem(await api().get(`${plan()}/objectives/9999`), 404);
  });

  it("lists the indicators, filtered by objective, unit or area", async () => {
    const all = await api().get(`${plan()}/indicators?pageSize=200`);
    expect(all.json.page.total).toBe(INDICATORS);
    const percent = all.json.items.filter((i: { kind: string }) => i.kind === "percent");
    expect(codesOf(percent).sort()).toEqual([...PERCENT_INDICATORS].sort());
    const one = await api().get(`${plan()}/indicators?objective=1611`);
    expect(codesOf(one.json.items)).toEqual(["3830", "3833", "3836"]);
    expect(one.json.items[0].objectiveCode).toBe("1611");
    const area5 = await api().get(
      `${plan()}/indicators?area=5&unit=${encodeURIComponent(AREA_RISORSE)}`,
    );
    expect(codesOf(area5.json.items)).toEqual(["4127", "4128", "4130", "4199"]);
  });

  it("gives the achievement by level and year, as worked out by hand", async () => {
    const admin = await api().get(`${plan()}/achievements?level=administration`);
    expect(admin.json.items).toHaveLength(1);
    expect(admin.json.items[0].achievement.score).toBeCloseTo(1357.25 / 17, 9);
    expect(admin.json.items[0].achievement).toMatchObject({ counted: 17, total: 18 });
    const areas = await api().get(`${plan()}/achievements?level=area&year=2025`);
    const area = (n: number) =>
      areas.json.items.find((a: { key: string }) => a.key === String(n))?.achievement.score;
    expect(area(2)).toBe(0);
    expect(area(3)).toBeCloseTo(85.4, 9);
    expect(area(5)).toBeCloseTo(71.25, 9);
    const units = await api().get(`${plan()}/achievements?level=unit`);
    const risorse = units.json.items.find((u: { key: string }) => u.key === AREA_RISORSE);
    expect(risorse.achievement.band.label).toBe("parzialmente raggiunto");
    expect(risorse.achievement.score).toBeCloseTo(88.89, 1);
    const all = await api().get(`${plan()}/achievements?pageSize=200`);
    expect(all.json.page.total).toBe(1 + 3 + 5 + 1 + EXPECTED_OBJECTIVES.length);
    expect((await api().get(`${plan()}/achievements?year=2024`)).json.items).toEqual([]);
    expectProblem(await api().get(`${plan()}/achievements?level=ente`), 400, ["query.level"]);
  });

  it("answers 404 for a plan that is not published, and for a later edition shows the published one", async () => {
    expectProblem(await api().get(`/api/v1/plans/${draftPlanId}`), 404);
    expectProblem(await api().get(`/api/v1/plans/${draftPlanId}/objectives`), 404);
    expectProblem(await api().get(`/api/v1/plans/${draftPlanId}/indicators`), 404);
    expectProblem(await api().get(`/api/v1/plans/${draftPlanId}/achievements`), 404);
    expectProblem(await api().get(`/api/v1/plans/${draftPlanId}/objectives/1611`), 404);
    const year = await api().get("/api/v1/plans?year=2029");
    expect(year.json.items).toEqual([]);
    const read = readPiaoText(seedText().replace("SORVEGLIANZA SANITARIA", "BOZZA INTERNA"));
    if (!read.document) throw new Error("altered seed did not read");
    expect((await importPlan(web.store, read.document)).editionNumber).toBe(2);
    const published = await api().get(`${plan()}/objectives/1613`);
    expect(published.json.title).toBe("SORVEGLIANZA SANITARIA");
    expect((await api().get(plan())).json.editionNumber).toBe(1);
  });

  it("answers reads with ETag and Last-Modified, and 304 when the client has them", async () => {
    const first = await api().get(`${plan()}/objectives?area=1`);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"\d+-/);
    expect(first.headers["last-modified"]).toBeTruthy();
    expect(first.headers["cache-control"]).toMatch(/^public/);
    const again = await api().get(`${plan()}/objectives?area=1`, {
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    const since = await api().get(`${plan()}/objectives?area=1`, {
      headers: { "if-modified-since": String(first.headers["last-modified"]) },
    });
    expect(since.status).toBe(304);
    const other = await api().get(`${plan()}/objectives?area=2`, {
      headers: { "if-none-match": etag },
    });
    expect(other.status).toBe(200);
  });

  it("answers every error as a problem, in English when asked, with a documented type", async () => {
    const en = await api().get(`${plan()}/objectives?page=x`, {
      headers: { "accept-language": "en" },
    });
    expectProblem(en, 400, ["query.page"]);
    expect(en.json.title).toBe("Invalid input");
    const italian = await api().get(`${plan()}/objectives?page=x`);
    expect(italian.json.title).toBe("Dati non validi");
    expect(italian.json.type).toBe("/api/v1/docs#problema-dati-non-validi");
    expect(italian.json.instance).toBe(`${plan()}/objectives`);
    const unknown = await api().get("/api/v1/non-esiste");
    expectProblem(unknown, 404);
    const badToken = await api().get(plan(), { token: "piao_non-un-token" });
    expectProblem(badToken, 401);
    expect(badToken.headers["www-authenticate"]).toMatch(/^Bearer/);
  });
});

it("exercised every read operation", () => expectOwnedExercised("api-read"));
