/**
 * The documents read as a person reads them: PDFs turned into text with
 * pdftotext, DOCX opened by LibreOffice. Every objective code, indicator code
 * and target of the seed must be there, in the seed's order.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { renderReport } from "../../src/documents/render/index.ts";
import { DEFAULT_RULES } from "../../src/domain/achievement/types.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { readMonitoringSheet } from "../../src/import/monitoring-sheet/read.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import { recordForecast } from "../../src/services/forecasts.ts";
import { importSheet } from "../../src/services/monitoring-sheet.ts";
import { buildReport, type ReportKind } from "../../src/services/reports.ts";
import { updateSettings } from "../../src/services/settings.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { EXPECTED_OBJECTIVES } from "../support/seed-expected.ts";
import { docxToPdf, missingTools, pdfText } from "../support/tools.ts";

const FIXTURE = new URL("../../fixtures/monitoring/consuntivo-2025.csv", import.meta.url);

/** Each needle found after the previous one. */
function expectInOrder(text: string, needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `«${needle}» after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

/** The seed, objective by objective: code, then each indicator's code and target. */
const SEED_SEQUENCE = EXPECTED_OBJECTIVES.flatMap((o) => [
  o.code,
  ...o.indicators.flatMap(([code, , target]) => [code, target]),
]);

describeEachEngine("documents from the seed", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let f: CycleFixture;
  const render = async (kind: ReportKind, format: "pdf" | "docx" | "xlsx" | "txt") => {
    const built = await buildReport(store.db, { kind });
    return renderReport(built.report, format, { kind, document: built.plan });
  };
  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedCycle(store);
    const rules = { ...DEFAULT_RULES, deadline: { toleranceDays: 30, penaltyPerDay: 2 } };
    await updateSettings(store, f.planning, f.administrationId, { rules, indicators: {} }, 0);
    const c = await openCampaign(store, f.planning, {
      planId: f.planId,
      year: 2025,
      kind: "yearend",
    });
    const sheet = await readMonitoringSheet(readFileSync(FIXTURE), "consuntivo-2025.csv");
    await importSheet(store, f.planning, c.id, sheet.rows);
    await closeCampaign(store, f.planning, c.id);
    const mid = await openCampaign(store, f.planning, {
      planId: f.planId,
      year: 2025,
      kind: "midyear",
    });
    await recordForecast(store, f.headRisorse, {
      campaignId: mid.id,
      objectiveCode: "1611",
      forecast: "at_risk",
      comment: "Il DUP slitta per la verifica degli equilibri",
    });
  });
  afterAll(async () => dispose());

  const noPoppler = missingTools("pdftotext");
  const noLibreOffice = missingTools("pdftotext", "libreoffice");

  it.skipIf(noPoppler)(
    "the Piano Azioni Positive PDF has every code and target of the seed, in order",
    async () => {
      const text = pdfText(await render("azioni-positive", "pdf"), true);
      expectInOrder(text, SEED_SEQUENCE);
    },
  );

  it.skipIf(noPoppler)(
    "the PIAO PDF follows the schema tipo and shows what is missing",
    async () => {
      const text = pdfText(await render("piao", "pdf"), true);
      expectInOrder(text, [
        "SEZIONE 1: SCHEDA ANAGRAFICA",
        "03428581205",
        "2.1 VALORE PUBBLICO",
        "Sezione non presente nel piano",
        "2.3 RISCHI CORRUTTIVI",
        "Sezione non presente nel piano",
        "SEZIONE 3",
        "SEZIONE 4",
        "ALLEGATO ALLA SEZIONE 2.2",
        ...SEED_SEQUENCE,
        "VERIFICA DI COMPLETEZZA",
      ]);
    },
  );

  it.skipIf(noPoppler)(
    "the Relazione PDF has achievements, bands, the original targets and space for the Nucleo",
    async () => {
      const text = pdfText(await render("relazione", "pdf"), true);
      expectInOrder(text, [
        "PERFORMANCE ORGANIZZATIVA",
        "79,8%",
        "Grado di raggiungimento per struttura",
        "Area Risorse Programmazione",
        "88,9%",
        "parzialmente raggiunto",
        "1609",
        "3826",
        "31/01/2025",
        "28/01/2025",
        "VALIDAZIONE DEL NUCLEO DI VALUTAZIONE",
      ]);
    },
  );

  // Opening a DOCX does not depend on the engine: once, on SQLite, for every kind of document.
  if (engine.name === "sqlite") {
    it.skipIf(noLibreOffice)("LibreOffice opens the DOCX of every document", async () => {
      for (const [kind, needle] of [
        ["piao", "SEZIONE 1: SCHEDA ANAGRAFICA"],
        ["azioni-positive", "AZIONE 1 PIANI TRIENNALI"],
        ["monitoraggio", "Il DUP slitta per la verifica degli equilibri"],
        ["relazione", "PERFORMANCE ORGANIZZATIVA"],
      ] as const) {
        const text = pdfText(docxToPdf(await render(kind, "docx")));
        expect(text, kind).toContain(needle);
        expect(text, kind).toContain("1609");
      }
    });
  }

  it("the PIAO as text reads back into the same plan", async () => {
    const built = await buildReport(store.db, { kind: "piao" });
    const back = readPiaoText((await render("piao", "txt")).toString("utf8"));
    expect(back.document).toEqual(built.plan as PlanDocument);
  });
});
