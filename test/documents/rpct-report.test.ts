/**
 * The RPCT's yearly report and section 2.3 of the PIAO, built from the
 * records of the complete sample plan and the statuses of a campaign.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Block, ReportDocument } from "../../src/documents/model.ts";
import { renderReport } from "../../src/documents/render/index.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { recordMeasureStatus } from "../../src/services/measure-monitoring.ts";
import { buildReport } from "../../src/services/reports.ts";
import type { Store } from "../../src/store/database.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type RiskFixture, seedRiskPlan } from "../support/risk-fixture.ts";
import { missingTools, pdfText } from "../support/tools.ts";

type Table = Block & { type: "table" };

function table(report: ReportDocument, sheet: string): Table {
  const found = report.blocks.find((b): b is Table => b.type === "table" && b.sheet === sheet);
  if (!found) throw new Error(`no table ${sheet}`);
  return found;
}

describeEachEngine("the RPCT report", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let f: RiskFixture;
  let midId: number;
  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedRiskPlan(store);
    const mid = await openCampaign(store, f.planning, {
      planId: f.planId,
      year: 2025,
      kind: "midyear",
    });
    midId = mid.id;
    await recordMeasureStatus(store, f.planning, {
      campaignId: mid.id,
      measureCode: "MG-01",
      status: "not_implemented",
      reason: "Rinviata a dicembre",
    });
    const yearEnd = await openCampaign(store, f.planning, {
      planId: f.planId,
      year: 2025,
      kind: "yearend",
    });
    await recordMeasureStatus(store, f.planning, {
      campaignId: yearEnd.id,
      measureCode: "MS-01",
      status: "partly",
      reason: "Controlli solo sul secondo semestre",
    });
  });
  afterAll(async () => dispose());

  it("gives the measures by kind with the year-end campaign's statuses and reasons", async () => {
    const { report } = await buildReport(store.db, { kind: "rpct", planId: f.planId });
    expect(report.metadata.title).toBe(
      "Relazione annuale del Responsabile della prevenzione della corruzione e della trasparenza 2025",
    );
    expect(table(report, "Attuazione per tipo").rows).toEqual([
      ["Misure generali", "0", "0", "0", "1", "1"],
      ["Misure specifiche", "0", "1", "0", "0", "1"],
    ]);
    // the mid-year status of MG-01 is not the year-end one: not recorded at year end
    expect(table(report, "Misure generali").rows).toEqual([
      [
        "MG-01 Codice di comportamento",
        "generale — Codice di comportamento",
        "Area Amministrativa - Settore Personale",
        "31/12/2025",
        "Codice aggiornato",
        "Sì",
        "non rilevato",
        "—",
      ],
    ]);
    const specific = table(report, "Misure specifiche").rows[0];
    expect(specific?.slice(1, 2)).toEqual(["specifica — controllo"]);
    expect(specific?.slice(-2)).toEqual([
      "parzialmente attuata",
      "Controlli solo sul secondo semestre",
    ]);
  });

  it("rates the events before and after the measures and sums up the obligations", async () => {
    const { report } = await buildReport(store.db, { kind: "rpct", planId: f.planId });
    expect(table(report, "Eventi rischiosi").rows).toEqual([
      [
        "E1 Istruttoria compiacente in cambio di utilità",
        "A.1.1",
        "alto (probabilità alto, impatto medio)",
        "medio (probabilità medio, impatto medio)",
        "MS-01",
      ],
      [
        "E2 Frazionamento artificioso per evitare la gara",
        "B.1.1",
        "alto (probabilità alto, impatto alto)",
        "non valutato",
        "nessuna",
      ],
    ]);
    expect(table(report, "Obblighi per stato").rows).toEqual([
      ["pubblicato", "1"],
      ["pubblicato in parte", "1"],
      ["non pubblicato", "0"],
      ["non applicabile", "0"],
      ["Totale", "2"],
    ]);
  });

  it("asks for a campaign by id: the mid-year one gives its own statuses", async () => {
    const { report } = await buildReport(store.db, {
      kind: "rpct",
      planId: f.planId,
      campaignId: midId,
    });
    expect(table(report, "Misure generali").rows[0]?.slice(-2)).toEqual([
      "non attuata",
      "Rinviata a dicembre",
    ]);
  });

  it.skipIf(missingTools("pdftotext"))("is rendered as PDF, DOCX, XLSX and text", async () => {
    const built = await buildReport(store.db, { kind: "rpct", planId: f.planId });
    const plan = { kind: "rpct", document: built.plan };
    const pdf = pdfText(await renderReport(built.report, "pdf", plan));
    // table cells wrap in the PDF: look for what fits on one line
    expect(pdf).toContain("Misure specifiche");
    expect(pdf).toContain("MS-01");
    const txt = (await renderReport(built.report, "txt", plan)).toString("utf8");
    expect(txt).toContain("parzialmente attuata");
    expect((await renderReport(built.report, "docx", plan)).subarray(0, 2).toString()).toBe("PK");
    expect((await renderReport(built.report, "xlsx", plan)).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("section 2.3 in the PIAO", () => {
  it("has the process catalogue, the assessment, the measures and the transparency grid", async () => {
    const { composePiao } = await import("../../src/documents/compose/piao.ts");
    const { checkPlan } = await import("../../src/domain/check.ts");
    const { completePlanDocument } = await import("../support/complete-plan.ts");
    const doc = completePlanDocument();
    const report = composePiao(doc, checkPlan(doc));
    expect(table(report, "2.3 Processi").rows[0]).toEqual([
      "A Autorizzazioni e concessioni",
      "A.1 Titoli edilizi",
      "A.1.1 Rilascio del permesso di costruire",
      "Area Tecnica - Settore Lavori Pubblici",
      "Istruttoria; Rilascio (Area Tecnica)",
    ]);
    expect(table(report, "2.3 Valutazione").rows[0]?.slice(2, 5)).toEqual([
      "alto (probabilità alto, impatto medio)",
      "Livello di interesse esterno: 3 — Interessi economici rilevanti; Grado di discrezionalità: 2 — Discrezionalità tecnica limitata; Impatto sull'immagine dell'ente: 2 — Eco sulla stampa locale",
      "medio (probabilità medio, impatto medio)",
    ]);
    expect(table(report, "2.3 Misure").rows.map((r) => r[0])).toEqual([
      "MG-01 Codice di comportamento",
      "MS-01 Controlli a campione sui titoli edilizi",
    ]);
    expect(table(report, "2.3 Trasparenza").rows[1]?.slice(0, 1)).toEqual([
      "10.02 Bandi di gara e contratti › Atti delle amministrazioni aggiudicatrici e degli enti aggiudicatori distintamente per ogni procedura",
    ]);
    const headingIndex = report.blocks.findIndex(
      (b) => b.type === "heading" && b.text.startsWith("2.3 "),
    );
    const processIndex = report.blocks.findIndex(
      (b) => b.type === "table" && b.sheet === "2.3 Processi",
    );
    expect(headingIndex).toBeGreaterThanOrEqual(0);
    expect(processIndex).toBeGreaterThan(headingIndex);
  });
});
