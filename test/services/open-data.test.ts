/**
 * The open data of the published seed: the five datasets hold what the seed
 * says (compared with seed-expected.ts, not with copies), the published
 * year-end campaign's figures and scores as its report has them and nothing
 * of a campaign that is not published; CSV, JSON and XLSX read back typed;
 * text that a spreadsheet would run is neutralised in CSV and XLSX only.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_OPEN_DATA_LICENSE } from "../../src/config.ts";
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import { recordMeasurement } from "../../src/services/measurements.ts";
import { openDataCatalogue } from "../../src/services/open-data/catalogue.ts";
import { buildDataset, DATASET_IDS, type Row } from "../../src/services/open-data/datasets.ts";
import { datasetCsv, datasetJson, datasetXlsx } from "../../src/services/open-data/formats.ts";
import { campaignPerformance } from "../../src/services/performance.ts";
import { type PublishedPlan, publishedPlan } from "../../src/services/public/read.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { publishSeed } from "../support/publication.ts";
import { EXPECTED_OBJECTIVES, isoOf } from "../support/seed-expected.ts";

const LICENSE = DEFAULT_OPEN_DATA_LICENSE;

function csvRecords(text: string, delimiter = ","): Record<string, string>[] {
  return parse(text, { bom: true, delimiter, columns: true }) as Record<string, string>[];
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet || workbook.worksheets.length !== 1) throw new Error("expected one sheet");
  return sheet;
}

/** The expected target of 2025 as a cell: an ISO date for "Data", else a number. */
function expectedTarget(unitLabel: string, written: string): string | number {
  return unitLabel === "Data" ? isoOf(written) : Number(written.replace(",", "."));
}

/** A copy of the published plan whose first objective's title and first indicator's baseline are tricky. */
function tricky(plan: PublishedPlan): PublishedPlan {
  const [first, ...rest] = plan.document.objectives;
  if (!first) throw new Error("no objective");
  const [indicator, ...others] = first.indicators;
  if (!indicator) throw new Error("no indicator");
  return {
    ...plan,
    document: {
      ...plan.document,
      objectives: [
        {
          ...first,
          title: '=HYPERLINK("http://evil.example","clic")',
          description: "@SUM(A1)",
          weight: -2.5,
          indicators: [
            {
              ...indicator,
              description: "+39 051 000",
              unitLabel: "-Data",
              baseline: { kind: "number", value: -3.5 },
            },
            ...others,
          ],
        },
        ...rest,
      ],
    },
  };
}

describeEachEngine("open data", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let seed: CycleFixture;
  let plan: PublishedPlan;
  let yearEndId: number;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    seed = await seedCycle(store);
    const published = await publishSeed(store, seed, { yearEnd: true });
    yearEndId = published.yearEndCampaignId ?? 0;
    // A campaign closed but not published, with a figure no other campaign has.
    const hidden = await openCampaign(store, seed.planning, {
      planId: seed.planId,
      year: 2026,
      kind: "midyear",
    });
    await recordMeasurement(store, seed.planning, {
      campaignId: hidden.id,
      objectiveCode: "1628",
      indicatorCode: "3887",
      value: { kind: "number", value: 777.25 },
      note: "nota interna",
    });
    await closeCampaign(store, seed.planning, hidden.id);
    const read = await publishedPlan(store.db, seed.planId);
    if (!read) throw new Error("seed not published");
    plan = read;
  });
  afterAll(() => dispose());

  it("obiettivi: every objective of the seed with its unit and positive-action area", () => {
    const rows = buildDataset(plan, "obiettivi").rows;
    expect(rows.map((r) => r.objective_code).sort()).toEqual(
      EXPECTED_OBJECTIVES.map((o) => o.code).sort(),
    );
    for (const expected of EXPECTED_OBJECTIVES) {
      const row = rows.find((r) => r.objective_code === expected.code);
      expect(row, expected.code).toMatchObject({
        title: expected.title,
        unit: expected.unitKey,
        positive_action_area: expected.action,
      });
      expect(typeof row?.positive_action_title).toBe("string");
    }
  });

  it("indicatori and target: the seed's indicators, unit labels and 2025 targets, typed", () => {
    const indicators = buildDataset(plan, "indicatori").rows;
    const targets = buildDataset(plan, "target").rows.filter((r) => r.year === 2025);
    const expected = EXPECTED_OBJECTIVES.flatMap((o) =>
      o.indicators.map(([code, unit, target]) => ({ objective: o.code, code, unit, target })),
    );
    expect(indicators).toHaveLength(expected.length);
    for (const e of expected) {
      const indicator = indicators.find(
        (r) => r.objective_code === e.objective && r.indicator_code === e.code,
      );
      expect(indicator?.unit_of_measure, e.code).toBe(e.unit);
      const target = targets.find(
        (r) => r.objective_code === e.objective && r.indicator_code === e.code,
      );
      expect(target?.target, e.code).toEqual(expectedTarget(e.unit, e.target));
    }
  });

  it("rilevazioni and risultati: the published year-end campaign as its report has it", async () => {
    const report = await campaignPerformance(store.db, yearEndId);
    const measured = buildDataset(plan, "rilevazioni").rows;
    const indicators = report.objectives.flatMap((o) => o.indicators.map((i) => ({ o, i })));
    expect(measured).toHaveLength(indicators.length);
    expect(new Set(measured.map((r) => `${r.campaign_year} ${r.campaign_kind}`))).toEqual(
      new Set(["2025 yearend"]),
    );
    for (const { o, i } of indicators) {
      const row = measured.find(
        (r) => r.objective_code === o.code && r.indicator_code === i.code,
      ) as Row;
      const m = i.measurement;
      const value = m === null ? null : m.kind === "deadline" ? m.doneOn : m.value;
      expect(row.measured_value, `${o.code}/${i.code}`).toEqual(value);
      expect(row.reprogrammed).toBe(i.reprogrammed);
      expect(row.reference_date).toBe(report.campaign.referenceDate);
    }
    expect(measured.some((r) => r.measurement_status === "measured")).toBe(true);

    const results = buildDataset(plan, "risultati").rows;
    const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
    const admin = results.find((r) => r.level === "administration");
    expect(admin?.score).toBe(round(report.administration.achievement.score));
    expect(admin?.band).toBe(report.administration.achievement.band?.id ?? null);
    for (const o of report.objectives) {
      const row = results.find((r) => r.level === "objective" && r.key === o.code);
      expect(row, o.code).toMatchObject({
        score: round(o.achievement.score),
        counted: o.achievement.counted,
        total: o.achievement.total,
      });
      for (const i of o.indicators) {
        const ind = results.find((r) => r.level === "indicator" && r.key === `${o.code}/${i.code}`);
        expect(ind?.score).toBe(round(i.result.score));
        expect(ind?.state).toBe(i.result.state);
      }
    }
    expect(results.filter((r) => r.level === "unit")).toHaveLength(report.units.length);
    expect(results.filter((r) => r.level === "area")).toHaveLength(report.positiveActions.length);
  });

  it("a campaign that is not published leaves no figure, note or row", async () => {
    for (const id of DATASET_IDS) {
      const data = buildDataset(plan, id);
      const json = datasetJson(plan, data, LICENSE);
      expect(json).not.toContain("777.25");
      expect(json).not.toContain("nota interna");
      expect(data.rows.some((r) => r.campaign_year === 2026)).toBe(false);
    }
  });

  it("CSV: BOM, Italian headers, comma and decimal point; with ';' the decimal comma", () => {
    const data = buildDataset(plan, "risultati");
    const comma = datasetCsv(data);
    expect(comma.startsWith("\uFEFF")).toBe(true);
    expect(comma).toContain("\r\n");
    const records = csvRecords(comma);
    expect(Object.keys(records[0] ?? {})).toEqual(data.columns.map((c) => c.header));
    const scored = data.rows.findIndex(
      (r) => typeof r.score === "number" && !Number.isInteger(r.score),
    );
    expect(scored).toBeGreaterThanOrEqual(0);
    const score = data.rows[scored]?.score as number;
    expect(records[scored]?.["Grado di raggiungimento (%)"]).toBe(String(score));
    const semi = csvRecords(datasetCsv(data, ";"), ";");
    expect(semi[scored]?.["Grado di raggiungimento (%)"]).toBe(String(score).replace(".", ","));
    expect(semi[0]?.["Data di riferimento"]).toBe("2025-12-31");
    const targets = csvRecords(datasetCsv(buildDataset(plan, "target")));
    expect(targets.find((r) => r["Codice indicatore"] === "3826")?.["Valore atteso"]).toBe(
      "2025-01-31",
    );
  });

  it("JSON: metadata with plan, administration, licence and edition; typed rows", () => {
    const data = buildDataset(plan, "indicatori");
    const json = JSON.parse(datasetJson(plan, data, LICENSE));
    expect(json).toMatchObject({
      dataset: "indicatori",
      plan: { period: "2025-2027", edition: 1, approval_date: "2025-01-30" },
      administration: { id: seed.administrationId },
      license: { url: "https://creativecommons.org/licenses/by/4.0/" },
      generated_from: { edition: 1 },
    });
    expect(json.rows).toEqual(data.rows);
    expect(json.columns.map((c: { name: string }) => c.name)).toContain("unit_of_measure");
  });

  it("XLSX: one sheet, header bold and frozen, typed cells", async () => {
    const data = buildDataset(plan, "target");
    const sheet = await workbookOf(await datasetXlsx(plan, data, LICENSE));
    expect(sheet.getRow(1).getCell(1).value).toBe("Codice obiettivo");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.rowCount).toBe(data.rows.length + 1);
    const at = data.rows.findIndex((r) => r.indicator_code === "3826" && r.year === 2025) + 2;
    const targetColumn = data.columns.findIndex((c) => c.name === "target") + 1;
    expect(sheet.getRow(at).getCell(targetColumn).value).toEqual(new Date("2025-01-31T00:00:00Z"));
    expect(sheet.getRow(at).getCell(targetColumn).numFmt).toBe("yyyy-mm-dd");
    const yearColumn = data.columns.findIndex((c) => c.name === "year") + 1;
    expect(sheet.getRow(at).getCell(yearColumn).value).toBe(2025);
    const numeric = data.rows.findIndex((r) => r.indicator_code === "4160") + 2;
    expect(typeof sheet.getRow(numeric).getCell(targetColumn).value).toBe("number");
  });

  it("neutralises formulas in CSV and XLSX, keeps the exact text in JSON, negative numbers stay numbers", async () => {
    const evil = tricky(plan);
    const objectives = buildDataset(evil, "obiettivi");
    const indicators = buildDataset(evil, "indicatori");
    const csv = csvRecords(datasetCsv(objectives));
    expect(csv[0]?.Titolo).toBe('\'=HYPERLINK("http://evil.example","clic")');
    expect(csv[0]?.Descrizione).toBe("'@SUM(A1)");
    expect(csv[0]?.Peso).toBe("-2.5");
    const semi = csvRecords(datasetCsv(indicators, ";"), ";");
    expect(semi[0]?.Descrizione).toBe("'+39 051 000");
    expect(semi[0]?.["Unità di misura"]).toBe("'-Data");
    expect(semi[0]?.["Valore di partenza"]).toBe("-3,5");

    const json = JSON.parse(datasetJson(evil, objectives, LICENSE));
    expect(json.rows[0].title).toBe('=HYPERLINK("http://evil.example","clic")');
    expect(json.rows[0].weight).toBe(-2.5);

    const sheet = await workbookOf(await datasetXlsx(evil, objectives, LICENSE));
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe('\'=HYPERLINK("http://evil.example","clic")');
    expect(row.getCell(3).value).toBe("'@SUM(A1)");
    expect(row.getCell(8).value).toBe(-2.5);
    const sheetIndicators = await workbookOf(await datasetXlsx(evil, indicators, LICENSE));
    const at = (name: string) => indicators.columns.findIndex((c) => c.name === name) + 1;
    expect(sheetIndicators.getRow(2).getCell(at("description")).value).toBe("'+39 051 000");
    expect(sheetIndicators.getRow(2).getCell(at("baseline")).value).toBe(-3.5);
    for (let r = 1; r <= sheet.rowCount; r++) {
      sheet.getRow(r).eachCell((cell) => {
        expect(cell.formula, `row ${r}`).toBeUndefined();
      });
    }
  });

  it("the DCAT-AP_IT catalogue: one dataset per plan and dataset, one distribution per format", () => {
    const catalogue = openDataCatalogue([plan], {
      publicUrl: "https://piao.example.it",
      license: LICENSE,
      modified: null,
    }) as Record<string, unknown> & { "dcat:dataset": Record<string, unknown>[] };
    expect(catalogue["@type"]).toEqual(["dcat:Catalog", "dcatapit:Catalog"]);
    const datasets = catalogue["dcat:dataset"];
    expect(datasets).toHaveLength(DATASET_IDS.length);
    const first = datasets[0] as Record<string, unknown> & {
      "dcat:distribution": Record<string, unknown>[];
    };
    expect(first["dct:identifier"]).toBe(
      `${plan.administration.ipaCode ?? `ente-${seed.administrationId}`}:piao-2025-2027-obiettivi`,
    );
    expect(first["dcat:theme"]).toEqual({
      "@id": "http://publications.europa.eu/resource/authority/data-theme/GOVE",
    });
    expect(first["dct:publisher"]).toMatchObject({
      "@type": ["foaf:Agent", "dcatapit:Agent"],
      "dct:identifier": plan.administration.ipaCode ?? `ente-${seed.administrationId}`,
    });
    expect(
      first["dcat:distribution"].map((d) => (d["dct:format"] as { "@id": string })["@id"]),
    ).toEqual([
      "http://publications.europa.eu/resource/authority/file-type/CSV",
      "http://publications.europa.eu/resource/authority/file-type/JSON",
      "http://publications.europa.eu/resource/authority/file-type/XLSX",
    ]);
    expect(first["dcat:distribution"][0]?.["dcat:downloadURL"]).toEqual({
      "@id": `https://piao.example.it/trasparenza/enti/${seed.administrationId}/piao/2025-2027/dati/obiettivi.csv`,
    });
  });
});
