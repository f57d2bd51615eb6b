import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/documents/model.ts";
import { renderXlsx, sheetName, typedValue } from "../../src/documents/render/xlsx.ts";
import { makeReport } from "../support/report-factory.ts";

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

function values(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  const cells = sheet.getRow(row).values;
  return Array.isArray(cells) ? cells.slice(1) : [];
}

const TRICKY: Block[] = [
  { type: "heading", level: 2, text: "Dati di contesto" },
  { type: "fields", fields: [{ label: "Dipendenti", value: "1.017" }] },
  {
    type: "table",
    caption: "Valori & formule",
    // Same name as the sample's table, forbidden characters, too long.
    sheet: "Obiettivo 1609",
    columns: [{ header: "Testo" }, { header: "Valore", align: "right" }],
    rows: [
      ['=HYPERLINK("http://x")', "88,9%"],
      ["+39 051 123", "1.234,50"],
      ["-Nota", "-12"],
      ["@SUM(A1)", "03428581205"],
      ["29/02/2025", "3702.32"],
      ["<script>alert(1)</script>", "2025"],
    ],
  },
  {
    type: "table",
    caption: "Nome lungo",
    sheet: "Tabella [1]: a/b\\c*d?e — un nome davvero troppo lungo",
    columns: [{ header: "A" }],
    rows: [["x"]],
  },
];

describe("renderXlsx", () => {
  it("writes a Documento sheet first, then one sheet per table and fields block", async () => {
    const workbook = await read(await renderXlsx(makeReport({}, TRICKY)));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual([
      "Documento",
      "Scheda anagrafica",
      "Obiettivo 1609",
      "Dati 1",
      "Obiettivo 1609 (2)",
      "Tabella -1-- a-b-c-d-e — un nom",
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    const index = workbook.getWorksheet("Documento");
    if (!index) throw new Error("no Documento sheet");
    expect(values(index, 1)).toEqual(["PIAO 2025-2027 — Città metropolitana di Bologna"]);
    expect(values(index, 4)).toEqual(["Autore", "CITTA' METROPOLITANA DI BOLOGNA"]);
    expect(values(index, 5)).toEqual(["Data", new Date("2025-02-13T00:00:00Z")]);
    expect(index.getCell("B5").numFmt).toBe("dd/mm/yyyy");
    expect(values(index, 9)).toEqual(["Foglio", "Contenuto", "Righe"]);
    const listed = names
      .slice(1)
      .map((_, i) => [
        index.getCell(10 + i, 1).value,
        index.getCell(10 + i, 2).value,
        index.getCell(10 + i, 3).value,
      ]);
    expect(listed[1]).toEqual([
      {
        formula: `HYPERLINK("#'Obiettivo 1609'!A1","Obiettivo 1609")`,
        result: "Obiettivo 1609",
      },
      "Indicatori dell'obiettivo 1609",
      2,
    ]);
    expect(listed.map((row) => (row[0] as { result: string }).result)).toEqual(names.slice(1));
    expect(workbook.title).toBe("PIAO 2025-2027 — Città metropolitana di Bologna");
    expect(workbook.creator).toBe("CITTA' METROPOLITANA DI BOLOGNA");
  });

  it("puts the header row in row 1, bold, frozen, with the autofilter", async () => {
    const workbook = await read(await renderXlsx(makeReport()));
    const sheet = workbook.getWorksheet("Obiettivo 1609");
    if (!sheet) throw new Error("no table sheet");
    expect(values(sheet, 1)).toEqual([
      "Codice e descrizione indicatore",
      "Unità di misura",
      "Obiettivo",
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:C1");
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getColumn(1).width).toBeGreaterThan(sheet.getColumn(3).width ?? 0);
    expect(sheet.headerFooter.oddHeader).toBe("&C&BIndicatori dell'obiettivo 1609");

    const fields = workbook.getWorksheet("Scheda anagrafica");
    if (!fields) throw new Error("no fields sheet");
    expect(values(fields, 1)).toEqual(["Voce", "Valore"]);
    expect(values(fields, 3)).toEqual(["Codice fiscale", "03428581205"]);
  });

  it("types dates, percentages and numbers written it-IT; neutralises formulas", async () => {
    const workbook = await read(await renderXlsx(makeReport({}, TRICKY)));
    const sample = workbook.getWorksheet("Obiettivo 1609");
    expect(sample?.getCell("C2").value).toEqual(new Date("2025-01-31T00:00:00Z"));
    expect(sample?.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect(sample?.getCell("C3").value).toBe(1);
    expect(sample?.getCell("C3").numFmt).toBe("0%");

    const sheet = workbook.getWorksheet("Obiettivo 1609 (2)");
    if (!sheet) throw new Error("no second table sheet");
    const column = (n: number) => [2, 3, 4, 5, 6, 7].map((row) => sheet.getCell(row, n).value);
    expect(column(1)).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+39 051 123",
      "'-Nota",
      "'@SUM(A1)",
      "29/02/2025",
      "<script>alert(1)</script>",
    ]);
    expect(column(2)).toEqual([0.889, 1234.5, -12, "03428581205", "3702.32", 2025]);
    expect([2, 3, 4, 7].map((row) => sheet.getCell(row, 2).numFmt)).toEqual([
      "0.0%",
      "#,##0.00",
      "0",
      "0",
    ]);
    expect(sheet.getCell("A1").value).toBe("Testo");

    const data = workbook.getWorksheet("Dati 1");
    expect(data?.getCell("B2").value).toBe(1017);
    expect(data?.getCell("B2").numFmt).toBe("#,##0");
  });
});

describe("typedValue", () => {
  it("keeps text that does not read cleanly as an it-IT value", () => {
    for (const text of [
      "1/2/2025",
      "31/02/2025",
      "1,2,3",
      "12a",
      "0012",
      "1.23",
      "1234567890123456",
    ]) {
      expect(typedValue(text).value, text).toBe(text);
    }
    expect(typedValue("  ").value).toBeNull();
    expect(typedValue("28,6%").value).toBe(0.286);
    expect(typedValue("0,5").value).toBe(0.5);
  });
});

describe("sheetName", () => {
  it("makes names valid and unique regardless of case", () => {
    const taken = new Set(["documento"]);
    expect(sheetName("DOCUMENTO", taken, "Tabella 1")).toBe("DOCUMENTO (2)");
    expect(sheetName("'Quoted'", taken, "Tabella 2")).toBe("Quoted");
    expect(sheetName("  ", taken, "Tabella 3")).toBe("Tabella 3");
    expect(sheetName("History", taken, "Tabella 4")).toBe("Tabella 4");
    const long = "x".repeat(40);
    expect(sheetName(long, taken, "T")).toBe("x".repeat(31));
    expect(sheetName(long, taken, "T")).toBe(`${"x".repeat(27)} (2)`);
  });
});
