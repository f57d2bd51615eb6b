/**
 * The staff pages of section 2.3: the plan's risk catalogue and the
 * campaign's measures with the form that records their status.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import { measureStatuses } from "../../src/services/measure-monitoring.ts";
import type { Store } from "../../src/store/database.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type RiskFixture, seedRiskPlan } from "../support/risk-fixture.ts";
import { tableCount } from "../support/table-count.ts";
import { givePasswords, pageText, signedIn, testApp } from "../support/web.ts";

describeEachEngine("the staff pages of section 2.3", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let f: RiskFixture;
  let campaignId = 0;
  let closedId = 0;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedRiskPlan(store);
    closedId = (
      await openCampaign(store, f.planning, { planId: f.planId, year: 2025, kind: "midyear" })
    ).id;
    await closeCampaign(store, f.planning, closedId);
    campaignId = (
      await openCampaign(store, f.planning, { planId: f.planId, year: 2025, kind: "yearend" })
    ).id;
    await givePasswords(store);
    app = await testApp(store, { now: () => new Date("2025-12-20T09:00:00Z") });
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  it("the risk page shows the tree, the ratings with their motivations, the measures and the grid", async () => {
    const reader = await signedIn(app, "lettore");
    const overview = await reader.get(`/piani/${f.planId}`);
    expect(overview.body).toContain(`href="/piani/${f.planId}/rischi"`);
    const res = await reader.get(`/piani/${f.planId}/rischi`);
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    for (const expected of [
      "A Autorizzazioni e concessioni",
      "A.1 Titoli edilizi",
      "A.1.1 Rilascio del permesso di costruire (Settore Lavori Pubblici)",
      "alto (probabilità alto, impatto medio)",
      "Interessi economici rilevanti",
      "medio (probabilità medio, impatto medio)",
      "generale — Codice di comportamento",
      "specifica — controllo",
      "31/12/2025",
      "Bandi di gara e contratti › Atti delle amministrazioni aggiudicatrici",
      "pubblicato in parte",
      "tempestivo",
    ]) {
      expect(text).toContain(expected);
    }
    expect(res.body).toContain(`href="/campagne/${campaignId}/misure"`);
    expect(res.body).toContain('<th scope="col">Rischio residuo</th>');
  });

  it("a head sees the form only for the measures of their unit, and the reason is required", async () => {
    const head = await signedIn(app, "dir.amm");
    const page = await head.get(`/campagne/${campaignId}/misure`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`action="/campagne/${campaignId}/misure/MG-01"`);
    expect(page.body).not.toContain(`action="/campagne/${campaignId}/misure/MS-01"`);
    const refused = await head.post(`/campagne/${campaignId}/misure/MG-01`, {
      status: "partly",
      reason: "",
      version: "0",
    });
    expect(refused.statusCode).toBe(400);
    expect(pageText(refused.body)).toContain(
      "Indica il motivo per cui la misura MG-01 è parzialmente attuata",
    );
    expect(refused.body).toContain('aria-invalid="true"');
    const missing = await head.post(`/campagne/${campaignId}/misure/MG-01`, { version: "0" });
    expect(missing.statusCode).toBe(400);
    expect(await tableCount(store, "measure_monitoring")).toBe(0);
    const saved = await head.post(`/campagne/${campaignId}/misure/MG-01`, {
      status: "partly",
      reason: "Codice in revisione",
      version: "0",
    });
    expect(saved.statusCode).toBe(303);
    expect((await measureStatuses(store.db, campaignId)).get("MG-01")?.reason).toBe(
      "Codice in revisione",
    );
    const other = await head.post(`/campagne/${campaignId}/misure/MS-01`, {
      status: "implemented",
      version: "0",
    });
    expect(other.statusCode).toBe(403);
  });

  it("the planning office gets one form per measure, each with ids of its own, errors linked to its own field", async () => {
    const planning = await signedIn(app, "ufficio.piano");
    const page = await planning.get(`/campagne/${campaignId}/misure`);
    const forms = page.body.match(/<form method="post" action="\/campagne\/\d+\/misure\//g) ?? [];
    expect(forms.length).toBeGreaterThan(1);
    const ids = [...page.body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const refused = await planning.post(`/campagne/${campaignId}/misure/MS-01`, {
      status: "not_implemented",
      reason: "",
      version: "0",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('href="#f-m-MS-01-reason"');
    expect(refused.body).toContain('id="f-m-MS-01-reason"');
  });

  it("a stale form is answered 409 with the colleague's change; a closed campaign has no forms", async () => {
    const planning = await signedIn(app, "ufficio.piano");
    await planning.get(`/campagne/${campaignId}/misure`);
    const stale = await planning.post(`/campagne/${campaignId}/misure/MG-01`, {
      status: "implemented",
      version: "0",
    });
    expect(stale.statusCode).toBe(409);
    expect(pageText(stale.body)).toContain("è stato cambiato da dir.amm");
    const closed = await planning.get(`/campagne/${closedId}/misure`);
    expect(closed.statusCode).toBe(200);
    expect(closed.body).not.toContain(`action="/campagne/${closedId}/misure/`);
    expect(pageText(closed.body)).toContain("La campagna è chiusa");
  });
});
