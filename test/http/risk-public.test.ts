/**
 * Section 2.3 in public: the section page of the published plan with its
 * records, the measures' status of published campaigns only (no reason,
 * no person), and the three open-data datasets.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import { recordMeasureStatus } from "../../src/services/measure-monitoring.ts";
import { buildDataset } from "../../src/services/open-data/datasets.ts";
import { publishedPlan } from "../../src/services/public/read.ts";
import { publishCampaign, publishPlan } from "../../src/services/publication.ts";
import type { Store } from "../../src/store/database.ts";
import { describeEachEngine } from "../support/engines.ts";
import { SEED_PUBLICATION } from "../support/publication.ts";
import { type RiskFixture, seedRiskPlan } from "../support/risk-fixture.ts";
import { pageText, testApp } from "../support/web.ts";

describeEachEngine("section 2.3 on the public portal and in the open data", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let f: RiskFixture;
  let base = "";

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedRiskPlan(store);
    await publishPlan(store, f.planning, f.planId, SEED_PUBLICATION);
    const mid = await openCampaign(store, f.planning, {
      planId: f.planId,
      year: 2025,
      kind: "midyear",
    });
    await recordMeasureStatus(store, f.planning, {
      campaignId: mid.id,
      measureCode: "MS-01",
      status: "partly",
      reason: "Motivo RISKMARKER-REASON",
    });
    await closeCampaign(store, f.planning, mid.id);
    await publishCampaign(store, f.planning, mid.id);
    // the year-end campaign is open, never published: its status must not show
    const yearEnd = await openCampaign(store, f.planning, {
      planId: f.planId,
      year: 2025,
      kind: "yearend",
    });
    await recordMeasureStatus(store, f.planning, {
      campaignId: yearEnd.id,
      measureCode: "MG-01",
      status: "not_implemented",
      reason: "Motivo RISKMARKER-OPEN",
    });
    app = await testApp(store);
    base = `/trasparenza/enti/${f.administrationId}/piao/2025-2027`;
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  it("the public section 2.3 shows the records and the published status, without reasons or people", async () => {
    const res = await app.inject({ method: "GET", url: `${base}/sezioni/2.3` });
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain("A.1.1 Rilascio del permesso di costruire");
    expect(text).toContain("alto (probabilità alto, impatto medio)");
    expect(text).toContain("Bandi di gara e contratti › Atti delle amministrazioni");
    expect(text).toContain("parzialmente attuata");
    for (const secret of [
      "RISKMARKER",
      "ufficio.piano",
      "Giulia Neri",
      "Anna Gialli",
      "non attuata",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("the open data has processes with ratings, measures with the published status and the obligations", async () => {
    const plan = await publishedPlan(store.db, f.planId);
    if (!plan) throw new Error("not published");
    const processes = buildDataset(plan, "processi-rischio").rows;
    expect(
      processes.map((r) => [r.process_code, r.event_code, r.rating_before, r.rating_after]),
    ).toEqual([
      ["A.1.1", "E1", "alto", "medio"],
      ["B.1.1", "E2", "alto", null],
      ["C.1.1", null, null, null],
      ["D.1.1", null, null, null],
    ]);
    expect(processes[0]).toMatchObject({
      area_code: "A",
      law_area: "authorisations",
      unit: "Area Tecnica - Settore Lavori Pubblici",
      phases: ["istruttoria", "rilascio"],
      event_phase: "istruttoria",
      probability_before: 3,
      impact_before: 2,
    });
    const measures = buildDataset(plan, "misure-prevenzione").rows;
    expect(
      measures.map((r) => [
        r.measure_code,
        r.measure_kind,
        r.general_measure,
        r.specific_type,
        r.campaign_kind,
        r.measure_status,
      ]),
    ).toEqual([
      ["MG-01", "general", "code_of_conduct", null, "midyear", "not_recorded"],
      ["MS-01", "specific", null, "control", "midyear", "partly"],
    ]);
    expect(measures[1]).toMatchObject({
      deadline: "2025-12-31",
      target: "10%",
      event_codes: ["E1"],
    });
    expect(JSON.stringify(measures)).not.toContain("RISKMARKER");
    const obligations = buildDataset(plan, "obblighi-trasparenza").rows;
    expect(obligations.map((r) => [r.titulus, r.frequency, r.obligation_status])).toEqual([
      ["01.01", "yearly", "published"],
      ["10.02", "timely", "partly_published"],
    ]);
  });

  it("the datasets are downloadable at their stable addresses", async () => {
    const csv = await app.inject({ method: "GET", url: `${base}/dati/misure-prevenzione.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("Stato di attuazione");
    expect(csv.body).toContain("MS-01");
    const json = await app.inject({ method: "GET", url: `${base}/dati/obblighi-trasparenza.json` });
    expect(json.statusCode).toBe(200);
    expect(json.body).toContain("10.02");
  });
});
