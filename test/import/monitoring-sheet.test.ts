import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeTemplateCsv, writeTemplateXlsx } from "../../src/documents/monitoring-template.ts";
import { neutraliseFormula } from "../../src/documents/spreadsheet.ts";
import type { Diagnostic } from "../../src/domain/diagnostics.ts";
import { translate } from "../../src/i18n/index.ts";
import {
  MAX_SHEET_BYTES,
  MAX_SHEET_ROWS,
  readMonitoringSheet,
} from "../../src/import/monitoring-sheet/read.ts";
import type {
  SheetMeasurement,
  TemplateCampaign,
  TemplateRow,
} from "../../src/import/monitoring-sheet/types.ts";

const CAMPAIGN: TemplateCampaign = {
  campaignId: 42,
  administration: "Città metropolitana di Bologna",
  planPeriod: "2025-2027",
  year: 2025,
  kind: "yearend",
  referenceDate: "2025-12-31",
};

function row(
  indicatorCode: string,
  kind: TemplateRow["kind"],
  value: string,
  extra: Partial<TemplateRow> = {},
): TemplateRow {
  return {
    unit: "Settore Risorse umane",
    objectiveCode: "OB1",
    objectiveTitle: "Digitalizzare i procedimenti",
    indicatorCode,
    description: `Indicatore ${indicatorCode}`,
    kind,
    originalTarget: "",
    reprogrammedTarget: "",
    value,
    note: "",
    ...extra,
  };
}

/** Rows with figures filled in, and what they mean, worked out by hand. */
const FILLED: TemplateRow[] = [
  row("1.1", "deadline", "15/09/2025", { originalTarget: "31/12/2025" }),
  row("1.2", "deadline", "non ancora", { originalTarget: "30/06/2025", note: "in ritardo" }),
  row("1.3", "number", "1.234,5", { originalTarget: "1.000" }),
  row("1.4", "percent", "80%", { originalTarget: "75%", reprogrammedTarget: "70%" }),
  row("1.5", "boolean", "SÌ", { originalTarget: "SÌ" }),
  row("1.6", "boolean", "NO", { originalTarget: "SÌ" }),
  row("1.7", "number", "", { note: "dato non disponibile" }),
  row("1.8", "number", "-3", { note: '=HYPERLINK("http://x";"clic")' }),
  row("2.1", "percent", "", { objectiveCode: "OB2" }),
];

function measurement(
  sheetRow: number,
  indicatorCode: string,
  value: SheetMeasurement["value"],
  extra: Partial<SheetMeasurement> = {},
): SheetMeasurement {
  return {
    row: sheetRow,
    objectiveCode: "OB1",
    indicatorCode,
    kind: value?.kind ?? "number",
    value,
    note: null,
    ...extra,
  };
}

const EXPECTED: SheetMeasurement[] = [
  measurement(2, "1.1", { kind: "deadline", doneOn: "2025-09-15" }),
  measurement(3, "1.2", { kind: "deadline", doneOn: null }, { note: "in ritardo" }),
  measurement(4, "1.3", { kind: "number", value: 1234.5 }),
  measurement(5, "1.4", { kind: "percent", value: 80 }),
  measurement(6, "1.5", { kind: "boolean", value: true }),
  measurement(7, "1.6", { kind: "boolean", value: false }),
  measurement(8, "1.7", null, { kind: "number", note: "dato non disponibile" }),
  measurement(9, "1.8", { kind: "number", value: -3 }, { note: '=HYPERLINK("http://x";"clic")' }),
  measurement(10, "2.1", null, { kind: "percent", objectiveCode: "OB2" }),
];

const encode = (text: string) => new TextEncoder().encode(text);

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Opens the template as a user would, edits the sheet "Rilevazioni", saves it. */
async function edit(
  bytes: Uint8Array,
  change: (sheet: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes);
  const sheet = workbook.getWorksheet("Rilevazioni");
  if (!sheet) throw new Error("no sheet Rilevazioni");
  change(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function only(diagnostics: Diagnostic[]): Diagnostic {
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0] as Diagnostic;
}

describe("round trip", () => {
  it("XLSX: the figures written come back as the same measurements", async () => {
    const bytes = await writeTemplateXlsx(CAMPAIGN, FILLED);
    const sheet = await readMonitoringSheet(bytes, "rilevazioni.xlsx");
    expect(sheet.diagnostics).toEqual([]);
    expect(sheet.campaignId).toBe(42);
    expect(sheet.rows).toEqual(EXPECTED);
  });

  it.each([";", ","] as const)("CSV with %j: the same measurements", async (delimiter) => {
    const text = writeTemplateCsv(CAMPAIGN, FILLED, { delimiter });
    const sheet = await readMonitoringSheet(encode(text), "rilevazioni.csv");
    expect(sheet.diagnostics).toEqual([]);
    expect(sheet.campaignId).toBe(42);
    expect(sheet.rows).toEqual(EXPECTED);
  });

  it("an empty template reads as rows with no value: nothing to record, no error", async () => {
    const empty = FILLED.map((r) => ({ ...r, value: "", note: "" }));
    const sheet = await readMonitoringSheet(await writeTemplateXlsx(CAMPAIGN, empty), "t.xlsx");
    expect(sheet.diagnostics).toEqual([]);
    expect(sheet.rows.map((r) => [r.indicatorCode, r.kind, r.value, r.note])).toEqual([
      ["1.1", "deadline", null, null],
      ["1.2", "deadline", null, null],
      ["1.3", "number", null, null],
      ["1.4", "percent", null, null],
      ["1.5", "boolean", null, null],
      ["1.6", "boolean", null, null],
      ["1.7", "number", null, null],
      ["1.8", "number", null, null],
      ["2.1", "percent", null, null],
    ]);
  });
});

describe("the XLSX template", () => {
  it("has a frozen bold header, grey given columns, white fill-in columns and validation", async () => {
    const workbook = await loadWorkbook(await writeTemplateXlsx(CAMPAIGN, FILLED));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Rilevazioni", "Campagna"]);
    const sheet = workbook.getWorksheet("Rilevazioni") as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Struttura",
      "Codice obiettivo",
      "Obiettivo",
      "Codice indicatore",
      "Indicatore",
      "Unità di misura",
      "Target originario",
      "Target rimodulato",
      "Valore rilevato",
      "Nota",
    ]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const fill = (ref: string) => (sheet.getCell(ref).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill("B2")).toBe("FFEDEDED");
    expect(fill("H2")).toBe("FFEDEDED");
    expect(fill("I2")).toBe("FFFFFFFF");
    expect(fill("J2")).toBe("FFFFFFFF");
    expect(sheet.getCell("I2").protection?.locked).toBe(false);
    expect(sheet.getCell("E2").alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(3).width).toBe(48);
    // Units of measure as Italian labels.
    expect(["F2", "F4", "F5", "F6"].map((r) => sheet.getCell(r).value)).toEqual([
      "Data",
      "Numero",
      "Percentuale",
      "Sì/No",
    ]);
    // Figures already entered are typed: a date cell, a number cell.
    expect(sheet.getCell("I2").value).toEqual(new Date("2025-09-15T00:00:00Z"));
    expect(sheet.getCell("I2").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("I4").value).toBe(1234.5);
    expect(sheet.getCell("I6").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"SÌ,NO"'],
      showInputMessage: true,
    });
    expect(sheet.getCell("I4").dataValidation).toMatchObject({ type: "decimal" });
    expect(sheet.getCell("I2").dataValidation?.prompt).toContain("non ancora");
  });

  it("describes the campaign in the sheet Campagna, the id keyed in a hidden column", async () => {
    const workbook = await loadWorkbook(await writeTemplateXlsx(CAMPAIGN, FILLED));
    const sheet = workbook.getWorksheet("Campagna") as ExcelJS.Worksheet;
    const pairs: [unknown, unknown, unknown][] = [];
    sheet.eachRow((r) => {
      pairs.push([r.getCell(1).value, r.getCell(2).value, r.getCell(3).value]);
    });
    expect(pairs).toContainEqual(["Identificativo campagna", 42, "campaignId"]);
    expect(pairs).toContainEqual([
      "Amministrazione",
      "Città metropolitana di Bologna",
      "administration",
    ]);
    expect(pairs).toContainEqual(["Tipo di rilevazione", "Monitoraggio a consuntivo", "kind"]);
    expect(pairs).toContainEqual(["Data di riferimento", "31/12/2025", "referenceDate"]);
    expect(pairs.some(([a]) => a === "Istruzioni")).toBe(true);
    expect(sheet.getColumn(3).hidden).toBe(true);
  });
});

describe("the CSV template", () => {
  it("is UTF-8 with BOM, ; by default, the campaign id first on every row", () => {
    const text = writeTemplateCsv(CAMPAIGN, FILLED.slice(0, 2));
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Campagna;Struttura;Codice obiettivo;Obiettivo;Codice indicatore;Indicatore;Unità di misura;Target originario;Target rimodulato;Valore rilevato;Nota",
    );
    expect(lines[1]).toBe(
      "42;Settore Risorse umane;OB1;Digitalizzare i procedimenti;1.1;Indicatore 1.1;Data;31/12/2025;;15/09/2025;",
    );
  });
});

describe("formula injection", () => {
  const evil = ["=1+1", "+39 051 123", "-2", "@SUM(A1)", "\tx", "\r=1", "'=1"];

  it("prefixes an apostrophe to text that starts with =, +, -, @, tab or CR", () => {
    expect(evil.map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+39 051 123",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\r=1",
      "''=1",
    ]);
    expect(neutraliseFormula("Obiettivo = valore")).toBe("Obiettivo = valore");
  });

  it("neutralises every cell of the CSV and of the XLSX, and the reader restores the text", async () => {
    const rows = [
      row("1.1", "number", "", {
        unit: "=cmd|' /C calc'!A0",
        objectiveTitle: "+SUM(1,2)",
        description: '@HYPERLINK("http://evil")',
        originalTarget: "-1",
        note: "=1+1",
      }),
    ];
    const csv = writeTemplateCsv(CAMPAIGN, rows);
    expect(csv).toContain("'=cmd|' /C calc'!A0");
    expect(csv).toContain("'+SUM(1,2)");
    expect(csv).toContain('"\'@HYPERLINK(""http://evil"")"');
    expect(csv).toContain(";'-1;");
    expect(csv).toContain(";'=1+1");

    const workbook = await loadWorkbook(await writeTemplateXlsx(CAMPAIGN, rows));
    const sheet = workbook.getWorksheet("Rilevazioni") as ExcelJS.Worksheet;
    expect(sheet.getCell("A2").value).toBe("'=cmd|' /C calc'!A0");
    expect(sheet.getCell("C2").value).toBe("'+SUM(1,2)");
    expect(sheet.getCell("E2").value).toBe('\'@HYPERLINK("http://evil")');
    expect(sheet.getCell("G2").value).toBe("'-1");
    expect(sheet.getCell("J2").value).toBe("'=1+1");
    expect(sheet.getCell("J2").formula).toBeUndefined();

    const read = await readMonitoringSheet(encode(csv), "t.csv");
    expect(read.rows[0]?.note).toBe("=1+1");
  });
});

describe("a template edited in Excel", () => {
  const blank = [
    row("1.1", "deadline", ""),
    row("1.2", "deadline", ""),
    row("1.3", "percent", ""),
    row("1.4", "boolean", ""),
    row("1.5", "number", ""),
    row("1.6", "percent", ""),
    row("1.7", "number", ""),
  ];

  it("reads date cells, percent-formatted cells, typed text and a moved column", async () => {
    const template = await writeTemplateXlsx(CAMPAIGN, blank);
    const edited = await edit(template, (sheet) => {
      // Move "Valore rilevato" (I) to the front, and add a column of the user's own.
      const values = sheet.getColumn(9).values.slice(1);
      sheet.spliceColumns(9, 1);
      sheet.spliceColumns(1, 0, values);
      sheet.getCell("L1").value = "Commenti interni";
      sheet.getCell("L2").value = "da ricontrollare";
      // Excel stores a typed date as a date cell: exceljs gives a JS Date at UTC midnight.
      sheet.getCell("A2").value = new Date(Date.UTC(2025, 8, 15));
      sheet.getCell("A2").numFmt = "dd/mm/yyyy";
      sheet.getCell("A3").value = "non ancora";
      // "85%" typed into a cell: Excel stores 0.85 with a percent format.
      sheet.getCell("A4").value = 0.85;
      sheet.getCell("A4").numFmt = "0%";
      sheet.getCell("A5").value = "SÌ";
      sheet.getCell("J5").value = "verificato dal dirigente";
      sheet.getCell("A6").value = 12;
      // A literal "%" in quotes is only text: no scaling.
      sheet.getCell("A7").value = 37.5;
      sheet.getCell("A7").numFmt = '0.0" %"';
    });
    const check = await loadWorkbook(edited);
    const moved = check.getWorksheet("Rilevazioni") as ExcelJS.Worksheet;
    expect(moved.getCell("A1").value).toBe("Valore rilevato");
    expect(moved.getCell("J1").value).toBe("Nota");

    const sheet = await readMonitoringSheet(edited, "compilato.xlsx");
    expect(sheet.diagnostics).toEqual([]);
    expect(sheet.campaignId).toBe(42);
    expect(sheet.rows.map((r) => [r.row, r.indicatorCode, r.value, r.note])).toEqual([
      [2, "1.1", { kind: "deadline", doneOn: "2025-09-15" }, null],
      [3, "1.2", { kind: "deadline", doneOn: null }, null],
      [4, "1.3", { kind: "percent", value: 85 }, null],
      [5, "1.4", { kind: "boolean", value: true }, "verificato dal dirigente"],
      [6, "1.5", { kind: "number", value: 12 }, null],
      [7, "1.6", { kind: "percent", value: 37.5 }, null],
      [8, "1.7", null, null],
    ]);
  });

  it("names the moved column in errors", async () => {
    const template = await writeTemplateXlsx(CAMPAIGN, blank);
    const edited = await edit(template, (sheet) => {
      sheet.getCell("I6").value = "1O";
      const values = sheet.getColumn(9).values.slice(1);
      sheet.spliceColumns(9, 1);
      sheet.spliceColumns(1, 0, values);
    });
    const d = only((await readMonitoringSheet(edited, "t.xlsx")).diagnostics);
    expect(d).toMatchObject({ code: "sheet.numberLetterO", line: 6, field: "A (Valore rilevato)" });
  });

  it("reports Excel error cells, formulas without a result and numbers Excel made into dates", async () => {
    const template = await writeTemplateXlsx(CAMPAIGN, blank);
    const edited = await edit(template, (sheet) => {
      sheet.getCell("I4").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      sheet.getCell("I6").value = new Date(Date.UTC(2025, 4, 1));
      sheet.getCell("I6").numFmt = "d-mmm";
      sheet.getCell("I8").value = { formula: "SUM(H2:H7)" } as ExcelJS.CellFormulaValue;
    });
    const { diagnostics, rows } = await readMonitoringSheet(edited, "t.xlsx");
    expect(diagnostics.map((d) => [d.code, d.line, d.field, d.params.value])).toEqual([
      ["sheet.cellError", 4, "I (Valore rilevato)", "#DIV/0!"],
      ["sheet.numberIsDate", 6, "I (Valore rilevato)", "01/05/2025"],
      ["sheet.formulaNoResult", 8, "I (Valore rilevato)", "=SUM(H2:H7)"],
    ]);
    expect(rows.map((r) => r.indicatorCode)).toEqual(["1.1", "1.2", "1.4", "1.6"]);
  });

  it("uses the result of a formula", async () => {
    const template = await writeTemplateXlsx(CAMPAIGN, blank);
    const edited = await edit(template, (sheet) => {
      sheet.getCell("I6").value = { formula: "10+2", result: 12 } as ExcelJS.CellFormulaValue;
    });
    const { diagnostics, rows } = await readMonitoringSheet(edited, "t.xlsx");
    expect(diagnostics).toEqual([]);
    expect(rows.find((r) => r.indicatorCode === "1.5")?.value).toEqual({
      kind: "number",
      value: 12,
    });
  });

  it("reports a campaign id changed by hand", async () => {
    const workbook = await loadWorkbook(await writeTemplateXlsx(CAMPAIGN, blank));
    const info = workbook.getWorksheet("Campagna") as ExcelJS.Worksheet;
    info.getCell("B3").value = "quarantadue";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const sheet = await readMonitoringSheet(bytes, "t.xlsx");
    expect(sheet.campaignId).toBeNull();
    expect(only(sheet.diagnostics)).toMatchObject({
      code: "sheet.badCampaignId",
      line: 3,
      params: { value: "quarantadue" },
    });
  });
});

// ------------------------------------------------------------------ bad input, as CSV

const HEADER =
  "Campagna;Struttura;Codice obiettivo;Obiettivo;Codice indicatore;Indicatore;Unità di misura;Target originario;Target rimodulato;Valore rilevato;Nota";

function line(objective: string, indicator: string, unit: string, value: string, note = "") {
  return `42;Settore;${objective};Titolo;${indicator};Descrizione;${unit};;;${value};${note}`;
}

async function readCsv(...lines: string[]) {
  return readMonitoringSheet(encode([HEADER, ...lines].join("\n")), "rilevazioni.csv");
}

describe("bad values", () => {
  it.each([
    [
      "Data",
      "31/02/2025",
      "sheet.dateDay",
      'Data non valida "31/02/2025": il giorno 31 non esiste a febbraio.',
    ],
    [
      "Data",
      "2025-02-30",
      "sheet.dateDay",
      'Data non valida "2025-02-30": il giorno 30 non esiste a febbraio.',
    ],
    [
      "Data",
      "15/13/2025",
      "sheet.dateMonth",
      'Data non valida "15/13/2025": il mese 13 non esiste.',
    ],
    [
      "Data",
      "settembre",
      "sheet.dateFormat",
      'Data non valida "settembre": scrivere la data come gg/mm/aaaa (ad es. 15/09/2025), oppure «non ancora».',
    ],
    [
      "Numero",
      "1O",
      "sheet.numberLetterO",
      '"1O" non è un numero: c\'è una lettera O al posto dello zero?',
    ],
    [
      "Percentuale",
      "circa 80",
      "sheet.notNumber",
      '"circa 80" non è un numero: scrivere ad esempio 1234, 1.234,5 oppure 80%.',
    ],
    [
      "Numero",
      "3,702.32",
      "sheet.notNumber",
      '"3,702.32" non è un numero: scrivere ad esempio 1234, 1.234,5 oppure 80%.',
    ],
    [
      "Sì/No",
      "forse",
      "sheet.notYesNo",
      '"forse" non è una risposta sì/no: scrivere SÌ oppure NO.',
    ],
  ])(
    "%s %j: an error on row 2, column J, saying what was expected",
    async (unit, value, code, text) => {
      const { diagnostics, rows } = await readCsv(line("OB1", "1.1", unit, value));
      const d = only(diagnostics);
      expect(d).toMatchObject({ severity: "error", code, line: 2, field: "J (Valore rilevato)" });
      expect(translate(d.code, d.params)).toBe(text);
      expect(rows).toEqual([]);
    },
  );

  it("accepts the ways users write values", async () => {
    const { diagnostics, rows } = await readCsv(
      line("OB1", "a", "Data", "2025-06-30"),
      line("OB1", "b", "Data", "1/7/2025"),
      line("OB1", "c", "DATA", "Non realizzato"),
      line("OB1", "d", "data", "no"),
      line("OB1", "e", "Numero", "1.005.000"),
      line("OB1", "f", "Numero", "0,5"),
      line("OB1", "g", "%", "80 %"),
      line("OB1", "h", "Si/No", "si"),
      line("OB1", "i", "SÌ/NO", "Sì"),
      line("OB1", "j", "Sì/No", "true"),
      line("OB1", "k", "Sì/No", "0"),
      line("OB1", "l", "Sì/No", "FALSO"),
    );
    expect(diagnostics).toEqual([]);
    expect(rows.map((r) => [r.indicatorCode, r.value])).toEqual([
      ["a", { kind: "deadline", doneOn: "2025-06-30" }],
      ["b", { kind: "deadline", doneOn: "2025-07-01" }],
      ["c", { kind: "deadline", doneOn: null }],
      ["d", { kind: "deadline", doneOn: null }],
      ["e", { kind: "number", value: 1_005_000 }],
      ["f", { kind: "number", value: 0.5 }],
      ["g", { kind: "percent", value: 80 }],
      ["h", { kind: "boolean", value: true }],
      ["i", { kind: "boolean", value: true }],
      ["j", { kind: "boolean", value: true }],
      ["k", { kind: "boolean", value: false }],
      ["l", { kind: "boolean", value: false }],
    ]);
  });

  it("skips empty values without error, and keeps a note written without a value", async () => {
    const { diagnostics, rows } = await readCsv(
      line("OB1", "1.1", "Numero", ""),
      line("OB1", "1.2", "Numero", "   ", "dato atteso a gennaio"),
    );
    expect(diagnostics).toEqual([]);
    expect(rows).toEqual([
      measurement(2, "1.1", null, { kind: "number" }),
      measurement(3, "1.2", null, { kind: "number", note: "dato atteso a gennaio" }),
    ]);
  });
});

describe("bad rows", () => {
  it("an unknown or missing unit of measure", async () => {
    const { diagnostics } = await readCsv(
      line("OB1", "1.1", "Euro", "3"),
      line("OB1", "1.2", "", "3"),
    );
    expect(diagnostics.map((d) => [d.code, d.line, d.field, d.params.value])).toEqual([
      ["sheet.unknownUnit", 2, "G (Unità di misura)", "Euro"],
      ["sheet.missingUnit", 3, "G (Unità di misura)", undefined],
    ]);
  });

  it("empty codes are errors; totally empty rows are skipped", async () => {
    const { diagnostics, rows } = await readCsv(
      line("", "1.1", "Numero", "3"),
      ";;;;;;;;;;",
      "",
      line("OB1", "", "Numero", "3"),
      line("OB1", "1.3", "Numero", "4"),
    );
    expect(diagnostics.map((d) => [d.code, d.line, d.field])).toEqual([
      ["sheet.missingCode", 2, "C (Codice obiettivo)"],
      ["sheet.missingCode", 5, "E (Codice indicatore)"],
    ]);
    expect(rows.map((r) => [r.row, r.indicatorCode])).toEqual([[6, "1.3"]]);
  });

  it("a code that appears twice is an error on the second", async () => {
    const { diagnostics, rows } = await readCsv(
      line("OB1", "1.1", "Numero", "3"),
      line("OB2", "1.1", "Numero", "3"),
      line("OB1", "1.1", "Numero", "5"),
    );
    const d = only(diagnostics);
    expect(d).toMatchObject({
      code: "sheet.duplicateRow",
      line: 4,
      field: "E (Codice indicatore)",
      params: { objective: "OB1", indicator: "1.1", first: 2 },
    });
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it("missing required columns: one error naming them", async () => {
    const text = "Struttura;Codice obiettivo;Indicatore;Valore\nSettore;OB1;x;3";
    const d = only((await readMonitoringSheet(encode(text), "t.csv")).diagnostics);
    expect(d).toMatchObject({ code: "sheet.missingColumns", line: 1 });
    expect(translate(d.code, d.params)).toBe(
      'Mancano le colonne "Codice indicatore", "Unità di misura", "Valore rilevato": la prima riga del foglio deve avere le intestazioni del modello (le colonne si possono spostare, ma non rinominare).',
    );
  });

  it("finds columns whatever their case, accents, order; other columns are ignored", async () => {
    const text = [
      "VALORE RILEVATO,Unita di misura,codice indicatore,Mie note,CODICE OBIETTIVO",
      '"1.234,5",numero,1.1,nulla,OB1',
    ].join("\r\n");
    const sheet = await readMonitoringSheet(encode(text), "t.csv");
    expect(sheet.diagnostics).toEqual([]);
    expect(sheet.campaignId).toBeNull();
    expect(sheet.rows).toEqual([measurement(2, "1.1", { kind: "number", value: 1234.5 })]);
  });

  it("a column that appears twice", async () => {
    const text =
      "Codice obiettivo;Codice indicatore;Unità di misura;Valore rilevato;Valore rilevato\n";
    const d = only((await readMonitoringSheet(encode(text), "t.csv")).diagnostics);
    expect(d).toMatchObject({
      code: "sheet.duplicateColumn",
      line: 1,
      params: { first: "D", second: "E" },
    });
  });

  it("rows of different campaigns", async () => {
    const { diagnostics } = await readCsv(
      line("OB1", "1.1", "Numero", "3"),
      `7${line("OB1", "1.2", "Numero", "3").slice(2)}`,
    );
    expect(only(diagnostics)).toMatchObject({
      code: "sheet.campaignMismatch",
      line: 3,
      field: "A (Campagna)",
      params: { value: 7, first: 42 },
    });
  });
});

describe("bad files", () => {
  it("larger than 20 MB", async () => {
    const d = only(
      (await readMonitoringSheet(new Uint8Array(MAX_SHEET_BYTES + 1), "big.csv")).diagnostics,
    );
    expect(d).toMatchObject({ code: "sheet.tooLarge", line: null, params: { limit: 20 } });
  });

  it("more than 100,000 rows", async () => {
    const lines = Array.from({ length: MAX_SHEET_ROWS + 1 }, (_, i) =>
      line("OB1", String(i), "Numero", "1"),
    );
    const d = only((await readCsv(...lines)).diagnostics);
    expect(d).toMatchObject({
      code: "sheet.tooManyRows",
      params: { count: 100_001, limit: 100_000 },
    });
  });

  it.each([
    ["NUL bytes", new Uint8Array([0x41, 0x3b, 0x00, 0x42]), "sheet.binary"],
    ["a PDF", encode("%PDF-1.7\n1 0 obj\n"), "sheet.pdf"],
    ["an empty file", new Uint8Array(), "sheet.empty"],
    ["only a BOM and blanks", encode("\uFEFF \n\n"), "sheet.empty"],
    [
      "an old .xls",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "sheet.oldXls",
    ],
    [
      "a ZIP that is not a workbook",
      encode("PK\u0003\u0004 definitely not a workbook"),
      "sheet.corruptXlsx",
    ],
    ["a .xlsx that is not a ZIP", encode("hello"), "sheet.corruptXlsx"],
  ])("%s: one error, no crash", async (_what, bytes, code) => {
    const name = code === "sheet.corruptXlsx" ? "t.xlsx" : "t.csv";
    expect(only((await readMonitoringSheet(bytes, name)).diagnostics).code).toBe(code);
  });

  it("a truncated XLSX: one clear error", async () => {
    const bytes = await writeTemplateXlsx(CAMPAIGN, FILLED);
    const d = only(
      (await readMonitoringSheet(bytes.subarray(0, bytes.length / 2), "t.xlsx")).diagnostics,
    );
    expect(d.code).toBe("sheet.corruptXlsx");
    expect(translate(d.code, d.params)).toMatch(/^Il file Excel è danneggiato/);
  });

  it("an OpenDocument spreadsheet (.ods)", async () => {
    const header = new Uint8Array(30);
    header.set([0x50, 0x4b, 0x03, 0x04]);
    const bytes = new Uint8Array([
      ...header,
      ...encode("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
    ]);
    expect(only((await readMonitoringSheet(bytes, "t.ods")).diagnostics).code).toBe("sheet.ods");
  });

  it("an XLSX whose directory announces more than 200 MB once uncompressed", async () => {
    const bytes = Uint8Array.from(await writeTemplateXlsx(CAMPAIGN, FILLED));
    const view = new DataView(bytes.buffer);
    // First central-directory entry: its uncompressed size is at offset 24.
    let at = bytes.length - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at--;
    const directory = view.getUint32(at + 16, true);
    view.setUint32(directory + 24, 0xfffffff0, true);
    const d = only((await readMonitoringSheet(bytes, "t.xlsx")).diagnostics);
    expect(d).toMatchObject({ code: "sheet.zipTooLarge", params: { limit: 200 } });
  });

  it("a workbook without the columns of the template", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Foglio1").addRow(["Nome", "Cognome"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(only((await readMonitoringSheet(bytes, "t.xlsx")).diagnostics).code).toBe(
      "sheet.missingColumns",
    );
  });

  it("an unclosed quote in a CSV", async () => {
    const { diagnostics } = await readCsv('42;S;OB1;T;1.1;D;Numero;;;"3;');
    expect(only(diagnostics).code).toBe("sheet.csvSyntax");
  });

  it("a CSV saved by Excel as Windows-1252 still reads, with a warning", async () => {
    const latin1 = Uint8Array.from([HEADER, line("OB1", "1.1", "Sì/No", "SÌ")].join("\r\n"), (ch) =>
      ch.charCodeAt(0),
    );
    const sheet = await readMonitoringSheet(latin1, "t.csv");
    expect(sheet.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(sheet.rows[0]?.value).toEqual({ kind: "boolean", value: true });
  });
});
