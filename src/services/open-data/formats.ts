/**
 * A dataset as a file: CSV, JSON or XLSX. Pure: dataset and plan in, bytes out.
 *
 * - CSV: UTF-8 with BOM, Italian headers, comma-separated with decimal point;
 *   with `;` the decimal comma, as Excel set to Italian opens it. Dates ISO
 *   (yyyy-mm-dd), booleans true/false, lists joined by ", ".
 * - JSON: an object with the plan, the administration, the licence and the
 *   edition the data come from, the columns, and the rows keyed by column name.
 * - XLSX: one sheet, the header row bold and frozen; cells typed (numbers,
 *   dates shown yyyy-mm-dd, booleans).
 *
 * In CSV and XLSX, text that starts with =, +, -, @, tab or CR is neutralised
 * (a leading apostrophe) so a spreadsheet does not run it; JSON keeps the
 * exact text. Numbers are never touched: -3,5 stays a number.
 */
import ExcelJS from "exceljs";
import type { OpenDataConfig } from "../../config.ts";
import {
  cellText,
  columnWidth,
  neutraliseFormula,
  type SheetCell,
  writeCsv,
  writeTableSheet,
} from "../../documents/spreadsheet.ts";
import { translate } from "../../i18n/index.ts";
import type { PublishedPlan } from "../public/read.ts";
import type { Cell, Column, Dataset } from "./datasets.ts";

export const FORMATS = ["csv", "json", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export const MEDIA_TYPES: Record<Format, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export type Separator = "," | ";";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "piao-2025-2027-obiettivi.csv". */
export function datasetFileName(plan: PublishedPlan, dataset: Dataset, format: Format): string {
  return `piao-${plan.meta.period}-${dataset.id}.${format}`;
}

export function datasetTitle(id: Dataset["id"], lang: "it" | "en" = "it"): string {
  return translate(`openData.dataset.${id}`, {}, lang);
}

export function datasetDescription(id: Dataset["id"], lang: "it" | "en" = "it"): string {
  return translate(`openData.dataset.${id}.description`, {}, lang);
}

// ── CSV ────────────────────────────────────────────────────────────────

function csvNumber(value: number, separator: Separator): string {
  const text = String(value);
  return separator === ";" ? text.replace(".", ",") : text;
}

function csvCell(value: Cell, separator: Separator): string {
  if (value === null) return "";
  if (Array.isArray(value)) return neutraliseFormula(value.join(", "));
  if (typeof value === "number") return csvNumber(value, separator);
  if (typeof value === "boolean") return value ? "true" : "false";
  return neutraliseFormula(value);
}

export function datasetCsv(dataset: Dataset, separator: Separator = ","): string {
  const header = dataset.columns.map((c) => c.header);
  const records = dataset.rows.map((row) =>
    dataset.columns.map((c) => csvCell(row[c.name] ?? null, separator)),
  );
  return writeCsv([header, ...records], separator);
}

// ── JSON ───────────────────────────────────────────────────────────────

export function datasetJson(
  plan: PublishedPlan,
  dataset: Dataset,
  license: OpenDataConfig,
): string {
  const { meta, administration } = plan;
  return `${JSON.stringify(
    {
      dataset: dataset.id,
      title: datasetTitle(dataset.id),
      description: datasetDescription(dataset.id),
      administration: {
        id: administration.id,
        name: administration.name,
        ipa_code: administration.ipaCode,
        tax_code: administration.taxCode,
      },
      plan: {
        period: meta.period,
        title: meta.title,
        edition: meta.editionNumber,
        approval_date: meta.approvalDate,
        approval_act: meta.approvalAct,
        approving_authority: meta.approvingAuthority,
        document_url: meta.documentUrl,
        published_at: meta.publishedAt,
      },
      generated_from: { edition: meta.editionNumber, published_at: meta.publishedAt },
      license: { name: license.licenseName, url: license.licenseUrl },
      columns: dataset.columns.map((c) => ({ name: c.name, header: c.header, type: c.type })),
      rows: dataset.rows,
    },
    null,
    2,
  )}\n`;
}

// ── XLSX ───────────────────────────────────────────────────────────────

const XLSX_DATE = "yyyy-mm-dd";

function sheetCell(value: Cell, column: Column): SheetCell {
  if (value === null) return { value: null };
  if (Array.isArray(value)) return { value: cellText(value.join(", ")) };
  if (typeof value === "number") return { value };
  if (typeof value === "boolean") return { value, horizontal: "center" };
  if ((column.type === "date" || column.type === "value") && ISO_DATE.test(value)) {
    return { value: new Date(`${value}T00:00:00Z`), numFmt: XLSX_DATE };
  }
  return { value: cellText(value) };
}

function displayed(value: Cell): string {
  if (value === null) return "";
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** A fixed instant for the workbook's dates: the same publication gives the same content. */
function instant(iso: string): Date {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? new Date(Date.UTC(1980, 0, 1)) : date;
}

export async function datasetXlsx(
  plan: PublishedPlan,
  dataset: Dataset,
  license: OpenDataConfig,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const title = `PIAO ${plan.meta.period} — ${datasetTitle(dataset.id)}`;
  workbook.title = cellText(title);
  workbook.creator = cellText(plan.administration.name);
  workbook.lastModifiedBy = workbook.creator;
  workbook.subject = cellText(datasetDescription(dataset.id));
  workbook.description = cellText(
    `${license.licenseName} — ${license.licenseUrl} — edizione ${plan.meta.editionNumber}`,
  );
  workbook.keywords = "PIAO, dati aperti, open data";
  workbook.created = instant(plan.meta.publishedAt);
  workbook.modified = workbook.created;
  const { columns, rows } = dataset;
  writeTableSheet(workbook.addWorksheet(datasetTitle(dataset.id)), {
    headers: columns.map((c) => c.header),
    rows: rows.map((row) => columns.map((c) => sheetCell(row[c.name] ?? null, c))),
    widths: columns.map((c) =>
      columnWidth([c.header, ...rows.map((row) => displayed(row[c.name] ?? null))]),
    ),
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
