/**
 * The spreadsheet heads of unit fill in during a monitoring campaign: one row
 * per indicator, the figure to type in the white column "Valore rilevato".
 * XLSX (sheets "Rilevazioni" and "Campagna") or CSV (one sheet, the campaign
 * id on every row). Pure: rows in, bytes out. Read back by
 * src/import/monitoring-sheet/read.ts.
 */

import ExcelJS from "exceljs";
import type { IndicatorKind } from "../domain/plan.ts";
import { parseItalianDate, parseItalianNumber, parseYesNo } from "../import/italian-values.ts";
import {
  CAMPAIGN_COLUMN,
  CAMPAIGN_ID_KEY,
  CAMPAIGN_SHEET,
  DATA_SHEET,
  KIND_LABELS,
  NOT_YET,
  TEMPLATE_COLUMNS,
  type TemplateCampaign,
  type TemplateRow,
} from "../import/monitoring-sheet/types.ts";
import { neutraliseFormula, writeCsv } from "./spreadsheet.ts";

const WIDTHS: Record<keyof TemplateRow, number> = {
  unit: 28,
  objectiveCode: 14,
  objectiveTitle: 48,
  indicatorCode: 14,
  description: 48,
  kind: 14,
  originalTarget: 16,
  reprogrammedTarget: 16,
  value: 18,
  note: 40,
};

/** The columns the head of unit fills in; the others come from the plan. */
const FILL_IN = new Set<keyof TemplateRow>(["value", "note"]);

const GREY = "FFEDEDED";
const HEADER_GREY = "FFD0D0D0";
const WHITE = "FFFFFFFF";
const BORDER_COLOUR = "FFBFBFBF";
const DATE_FORMAT = "dd/mm/yyyy";

const KIND_NAMES: Record<TemplateCampaign["kind"], string> = {
  midyear: "Monitoraggio infrannuale",
  yearend: "Monitoraggio a consuntivo",
};

/** What the cell of "Valore rilevato" says when selected (Excel: at most 255 characters). */
const PROMPTS: Record<IndicatorKind, { title: string; text: string }> = {
  deadline: {
    title: "Data di realizzazione",
    text: `Scrivere la data in cui il risultato è stato raggiunto (gg/mm/aaaa, ad es. 15/09/2025), oppure "${NOT_YET}". Lasciare vuoto se il dato non è disponibile.`,
  },
  number: {
    title: "Valore numerico",
    text: "Scrivere il numero rilevato (ad es. 1234 oppure 1.234,5). Lasciare vuoto se il dato non è disponibile.",
  },
  percent: {
    title: "Percentuale",
    text: "Scrivere la percentuale rilevata (ad es. 80 oppure 80%). Lasciare vuoto se il dato non è disponibile.",
  },
  boolean: {
    title: "Sì o no",
    text: "Scegliere SÌ se il risultato è stato raggiunto, NO altrimenti. Lasciare vuoto se il dato non è disponibile.",
  },
};

const INSTRUCTIONS = [
  `Compilare nel foglio "${DATA_SHEET}" solo le colonne bianche "Valore rilevato" e "Nota"; le colonne grigie vengono dal piano e non vanno modificate.`,
  `Unità di misura Data: scrivere la data in cui il risultato è stato raggiunto (gg/mm/aaaa), oppure "${NOT_YET}".`,
  "Numero e Percentuale: scrivere il valore rilevato, ad es. 1.234,5 oppure 80%.",
  "Sì/No: scrivere SÌ oppure NO.",
  "Se il dato non è disponibile lasciare vuota la cella: la riga non viene registrata. La nota si può scrivere anche senza valore.",
  "Non modificare il codice dell'obiettivo e quello dell'indicatore: servono a riconoscere la riga. Le colonne si possono spostare e se ne possono aggiungere altre.",
  "Salvare il file in formato Excel (.xlsx) e consegnarlo così com'è, senza cambiare questo foglio.",
];

/** The template as an Excel workbook. */
export async function writeTemplateXlsx(
  campaign: TemplateCampaign,
  rows: TemplateRow[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "piao";
  // Fixed dates: the same input gives the same workbook content.
  const date = new Date(`${campaign.referenceDate}T00:00:00Z`);
  workbook.created = Number.isNaN(date.getTime()) ? new Date(0) : date;
  workbook.modified = workbook.created;
  writeDataSheet(workbook.addWorksheet(DATA_SHEET), rows);
  writeCampaignSheet(workbook.addWorksheet(CAMPAIGN_SHEET), campaign);
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}

function writeDataSheet(sheet: ExcelJS.Worksheet, rows: TemplateRow[]): void {
  sheet.columns = TEMPLATE_COLUMNS.map(({ key, header }) => ({
    header,
    key,
    width: WIDTHS[key],
  }));
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: TEMPLATE_COLUMNS.length },
  };

  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = solid(HEADER_GREY);
    cell.border = thinBorder();
  });

  for (const row of rows) {
    const added = sheet.addRow([]);
    TEMPLATE_COLUMNS.forEach(({ key }, i) => {
      const cell = added.getCell(i + 1);
      if (key === "value") writeValueCell(cell, row);
      else if (key === "kind") cell.value = KIND_LABELS[row.kind];
      else cell.value = textCell(row[key]);
      cell.alignment = { vertical: "top", wrapText: true };
      cell.border = thinBorder();
      cell.fill = solid(FILL_IN.has(key) ? WHITE : GREY);
      cell.protection = { locked: !FILL_IN.has(key) };
    });
  }
}

/** A figure already entered is written typed (a date, a number), as a user would have typed it. */
function writeValueCell(cell: ExcelJS.Cell, row: TemplateRow): void {
  const text = row.value.trim();
  const prompt = PROMPTS[row.kind];
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: prompt.title,
    prompt: prompt.text,
  };
  switch (row.kind) {
    case "deadline": {
      const date = text === "" ? null : parseItalianDate(text);
      if (date?.ok) {
        cell.value = new Date(`${date.iso}T00:00:00Z`);
        cell.numFmt = DATE_FORMAT;
      } else {
        cell.value = textCell(row.value);
      }
      // No check on what is typed: a date or "non ancora" are both right.
      cell.dataValidation = {
        type: "any",
        formulae: [],
        ...common,
      } as unknown as ExcelJS.DataValidation;
      return;
    }
    case "number":
    case "percent": {
      const parsed = text === "" ? null : parseItalianNumber(text);
      cell.value = parsed ? parsed.value : textCell(row.value);
      cell.dataValidation = {
        type: "decimal",
        operator: "between",
        formulae: [-1e15, 1e15],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "Valore non valido",
        error:
          row.kind === "percent"
            ? "Scrivere una percentuale, ad es. 80 oppure 80%."
            : "Scrivere un numero, ad es. 1234 oppure 1.234,5.",
        ...common,
      };
      return;
    }
    case "boolean": {
      const yes = text === "" ? null : parseYesNo(text);
      cell.value = yes === null ? textCell(row.value) : yes ? "SÌ" : "NO";
      cell.dataValidation = {
        type: "list",
        formulae: ['"SÌ,NO"'],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "Valore non valido",
        error: "Scegliere SÌ oppure NO.",
        ...common,
      };
      return;
    }
  }
}

function writeCampaignSheet(sheet: ExcelJS.Worksheet, campaign: TemplateCampaign): void {
  sheet.columns = [{ width: 28 }, { width: 90 }, { width: 16, hidden: true }];
  const title = sheet.addRow(["Campagna di monitoraggio"]);
  title.font = { bold: true, size: 14 };
  sheet.addRow([]);
  const fields: [string, string | number, string][] = [
    ["Identificativo campagna", campaign.campaignId, CAMPAIGN_ID_KEY],
    ["Amministrazione", textCell(campaign.administration), "administration"],
    ["Piano", textCell(campaign.planPeriod), "planPeriod"],
    ["Anno", campaign.year, "year"],
    ["Tipo di rilevazione", KIND_NAMES[campaign.kind], "kind"],
    ["Data di riferimento", italianDate(campaign.referenceDate), "referenceDate"],
  ];
  for (const [label, value, key] of fields) {
    const row = sheet.addRow([label, value, key]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { horizontal: "left", wrapText: true };
  }
  sheet.addRow([]);
  const heading = sheet.addRow(["Istruzioni"]);
  heading.font = { bold: true };
  INSTRUCTIONS.forEach((text, i) => {
    const row = sheet.addRow([`${i + 1}.`, text]);
    row.getCell(1).alignment = { horizontal: "right", vertical: "top" };
    row.getCell(2).alignment = { vertical: "top", wrapText: true };
  });
}

/** The template as CSV text: UTF-8 with BOM, the campaign id in the first column of every row. */
export function writeTemplateCsv(
  campaign: TemplateCampaign,
  rows: TemplateRow[],
  options: { delimiter?: ";" | "," } = {},
): string {
  const header = [CAMPAIGN_COLUMN, ...TEMPLATE_COLUMNS.map((c) => c.header)];
  const records = rows.map((row) => [
    String(campaign.campaignId),
    ...TEMPLATE_COLUMNS.map(({ key }) =>
      key === "kind" ? KIND_LABELS[row.kind] : neutraliseFormula(row[key]),
    ),
  ]);
  return writeCsv([header, ...records], options.delimiter ?? ";");
}

function textCell(text: string): string {
  return neutraliseFormula(text);
}

function italianDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : textCell(iso);
}

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

function thinBorder(): Partial<ExcelJS.Borders> {
  const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: BORDER_COLOUR } };
  return { top: side, left: side, bottom: side, right: side };
}
