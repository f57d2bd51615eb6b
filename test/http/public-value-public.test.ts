import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeCampaign } from "../../src/services/campaigns.ts";
import { buildDataset } from "../../src/services/open-data/datasets.ts";
import { publishedPlan } from "../../src/services/public/read.ts";
import { publishCampaign, publishPlan } from "../../src/services/publication.ts";
import type { Store } from "../../src/store/database.ts";
import { describeEachEngine } from "../support/engines.ts";
import {
  measureYearEnd,
  type PublicValueFixture,
  storeCompletePlan,
} from "../support/public-value-fixture.ts";
import { Browser, pageText, testApp } from "../support/web.ts";

describeEachEngine("section 2.1 and letters e) f) in public", (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let f: PublicValueFixture;
  let dispose: () => Promise<void> = async () => {};
  let base = "";
  beforeAll(async () => {
    const created = await engine.create();
    store = created.store;
    dispose = created.dispose;
    f = await storeCompletePlan(store);
    await publishPlan(store, f.planning, f.planId, {
      approvalDate: "2025-01-30",
      approvalAct: "Delibera di Giunta n. 12 del 30/01/2025",
      approvingAuthority: "Giunta comunale",
      documentUrl: null,
      smallAdministration: false,
    });
    const campaignId = await measureYearEnd(store, f);
    await closeCampaign(store, f.planning, campaignId, undefined, new Date("2026-02-15T09:00:00Z"));
    await publishCampaign(store, f.planning, campaignId, new Date("2026-03-01T09:00:00Z"));
    app = await testApp(store);
    base = `/trasparenza/enti/${f.administrationId}/piao/2025-2027`;
  });
  afterAll(async () => {
    await app?.close();
    await dispose();
  });

  const get = (url: string) => new Browser(app).get(url);

  it("the public page of 2.1 shows its records, linked to the public objective pages", async () => {
    const res = await get(`${base}/sezioni/2.1`);
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain("Cittadini residenti");
    expect(text).toContain("DUP-1 Un Comune digitale e semplice Missione 01 - Programma 08");
    expect(text).toContain("VP2 Pari opportunità e inclusione");
    expect(text).toContain("FAMIGLIE CHE USANO SERVIZI ONLINE DELLA PA");
    expect(text).toContain("38% (2023)");
    expect(text).toContain("ISTAT BES");
    expect(res.body).toContain(`<a href="${base}/obiettivi/101">101</a>`);
    expect(res.body).not.toContain("/piani/");
  });

  it("the public page of 2.1 rolls the published year-end results up to public value", async () => {
    const text = pageText((await get(`${base}/sezioni/2.1`)).body);
    expect(text).toContain("Monitoraggio a consuntivo 2025");
    expect(text).toContain(
      "VP1 Servizi digitali accessibili e veloci 90% (raggiunto) 100% (raggiunto)",
    );
    expect(text).toContain(
      "VP2 Pari opportunità e inclusione 75% (parzialmente raggiunto) non ancora misurato",
    );
    expect(text).toContain("Tutto il piano 82,5% (parzialmente raggiunto)");
  });

  it("the public page of 2.2 shows simplification, accessibility and procedures, and no heads", async () => {
    const res = await get(`${base}/sezioni/2.2`);
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain("Semplificazione (lettera e)");
    expect(text).toContain("Accessibilità (lettera f)");
    expect(text).toContain("Permesso di costruire");
    expect(text).toContain("oltre il termine (120% del termine)");
    for (const head of ["Giulia Neri", "Paolo Verdi", "Marco Bianchi", "Anna Gialli"]) {
      expect(text).not.toContain(head);
    }
  });

  it("the 2.3 page gets none of these records", async () => {
    const text = pageText((await get(`${base}/sezioni/2.3`)).body);
    expect(text).not.toContain("Semplificazione (lettera e)");
    expect(text).not.toContain("Portatori di interesse");
  });

  it("open data: public value with its links, impact indicators by year, procedures by year", async () => {
    const plan = await publishedPlan(store.db, f.planId);
    if (!plan) throw new Error("not published");
    expect(buildDataset(plan, "valore-pubblico").rows[0]).toEqual({
      public_value_code: "VP1",
      title: "Servizi digitali accessibili e veloci",
      description: "Ridurre tempi e costi di accesso ai servizi.",
      strategic_objective_codes: ["DUP-1"],
      strategic_objectives: ["Un Comune digitale e semplice"],
      stakeholders: ["Cittadini residenti", "Imprese edili e professionisti"],
      objective_codes: ["101"],
      measure_codes: ["MS-01"],
    });
    const impact = buildDataset(plan, "indicatori-impatto").rows;
    expect(impact.map((r) => [r.indicator_code, r.year, r.target, r.measured_value])).toEqual([
      ["VP1.1", 2025, 45, 47],
      ["VP1.1", 2026, 52, null],
      ["VP1.1", 2027, 60, null],
      ["VP2.1", 2025, 25, null],
      ["VP2.1", 2026, 30, null],
      ["VP2.1", 2027, 35, null],
    ]);
    expect(impact[0]).toMatchObject({
      baseline: 38,
      baseline_year: 2023,
      source: "ISTAT BES",
      kind: "percent",
    });
    expect(buildDataset(plan, "procedimenti").rows).toEqual([
      {
        procedure_code: "PRC-01",
        title: "Permesso di costruire",
        unit: "Settore Lavori Pubblici",
        legal_deadline_days: 60,
        legal_basis: "DPR 380/2001 art. 20",
        on_simplification_list: true,
        year: 2024,
        concluded: 120,
        average_days: 72,
        concluded_late: 30,
        late_share: 25,
      },
      {
        procedure_code: "PRC-02",
        title: "Accesso agli atti",
        unit: "Area Amministrativa",
        legal_deadline_days: 30,
        legal_basis: "L. 241/1990 art. 25",
        on_simplification_list: false,
        year: 2024,
        concluded: 300,
        average_days: 18,
        concluded_late: 6,
        late_share: 2,
      },
    ]);
  });

  it("the files are served with Italian headers and listed on the plan page", async () => {
    const csv = await get(`${base}/dati/procedimenti.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("Codice procedimento");
    expect(csv.body).toContain("Quota conclusa oltre il termine (%)");
    const json = await get(`${base}/dati/indicatori-impatto.json`);
    expect(json.statusCode).toBe(200);
    const rows = (JSON.parse(json.body) as { rows: { indicator_code: string }[] }).rows;
    expect(rows.map((r) => r.indicator_code)).toContain("VP2.1");
    const page = await get(base);
    expect(page.body).toContain(`${base}/dati/valore-pubblico.csv`);
    expect(pageText(page.body)).toContain("Indicatori di impatto");
  });
});
