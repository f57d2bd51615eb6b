/**
 * A report document as an Excel workbook: the data of its tables, one sheet
 * each, for people who want to filter and sort them. Pure: model in, bytes out.
 *
 * - The first sheet, "Documento", has the title, author, date, subject and
 *   keywords, then the list of the other sheets (linked) with their captions.
 * - Every other sheet has its header row in row 1 (bold, frozen, with the
 *   autofilter) and the data from row 2; the caption is the sheet's printed
 *   header and its line in "Documento".
 * - `table` blocks give a sheet named by their `sheet` (made valid and unique);
 *   `fields` blocks give "Scheda anagrafica" after a heading that mentions
 *   ANAGRAFICA, else "Dati N", with columns Voce and Valore.
 * - Cells are text, except text that reads cleanly as an it-IT value: a date
 *   dd/mm/yyyy becomes a date (format dd/mm/yyyy), "80%" or "88,9%" a number
 *   0.8 or 0.889 (format 0% / 0.0%), "1.234,5" or "-12" a number (format with
 *   the separators and decimals as written). Numbers with a leading zero (codes
 *   such as a codice fiscale), more than 15 digits, a "+" sign or a decimal
 *   point stay text. Text starting with =, +, -, @ is neutralised.
 */

import ExcelJS from "exceljs";
import { parseItalianDate } from "../../import/italian-values.ts";
import type { Block, DocumentMetadata, ReportDocument } from "../model.ts";
import {
  cellText,
  columnWidth,
  HEADER_FILL,
  xmlSafe as plain,
  truncate,
  writeTableSheet,
} from "../spreadsheet.ts";

export const INDEX_SHEET = "Documento";
export const FIELDS_SHEET = "Scheda anagrafica";

interface SheetData {
  name: string;
  caption: string;
  headers: string[];
  align: (string | undefined)[];
  rows: string[][];
}

export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  setProperties(workbook, doc.metadata);
  const sheets = collectSheets(doc.blocks);
  writeIndexSheet(workbook.addWorksheet(INDEX_SHEET), doc.metadata, sheets);
  for (const data of sheets) writeDataSheet(workbook.addWorksheet(data.name), data);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function setProperties(workbook: ExcelJS.Workbook, metadata: DocumentMetadata): void {
  workbook.title = plain(metadata.title);
  workbook.creator = plain(metadata.author);
  workbook.lastModifiedBy = workbook.creator;
  workbook.subject = plain(metadata.subject);
  workbook.keywords = plain(metadata.keywords.join(", "));
  // Written to docProps/core.xml as dc:language, though not in exceljs's types.
  (workbook as ExcelJS.Workbook & { language: string }).language = metadata.lang;
  // Fixed dates: the same document gives the same workbook content.
  const date = metadata.date ? isoDate(metadata.date) : null;
  workbook.created = date ?? new Date(Date.UTC(1980, 0, 1));
  workbook.modified = workbook.created;
}

/** The table and fields blocks as sheets, in document order, with valid unique names. */
export function collectSheets(blocks: Block[]): SheetData[] {
  const taken = new Set([INDEX_SHEET.toLowerCase()]);
  const sheets: SheetData[] = [];
  let heading = "";
  let dataCount = 0;
  for (const block of blocks) {
    if (block.type === "heading") heading = block.text;
    if (block.type === "table") {
      const width = block.rows.reduce((n, row) => Math.max(n, row.length), block.columns.length);
      sheets.push({
        name: sheetName(block.sheet, taken, `Tabella ${sheets.length + 1}`),
        caption: block.caption,
        headers: Array.from({ length: width }, (_, i) => block.columns[i]?.header ?? ""),
        align: block.columns.map((c) => c.align),
        rows: block.rows,
      });
    }
    if (block.type === "fields") {
      const registry = /anagrafica/i.test(heading);
      const wanted = registry ? FIELDS_SHEET : `Dati ${++dataCount}`;
      sheets.push({
        name: sheetName(wanted, taken, wanted),
        caption: heading || wanted,
        headers: ["Voce", "Valore"],
        align: [],
        rows: block.fields.map((f) => [f.label, f.value]),
      });
    }
  }
  return sheets;
}

const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_NAME = 31;

/**
 * A name Excel accepts: no []:*?/\, no apostrophe at either end, at most 31
 * characters, not "History", unique regardless of case (" (2)", " (3)" added).
 */
export function sheetName(wanted: string, taken: Set<string>, fallback: string): string {
  const clean = (text: string) =>
    plain(text)
      .replace(FORBIDDEN, "-")
      .replace(/\s+/g, " ")
      .replace(/^[\s']+|[\s']+$/g, "");
  let base = truncate(clean(wanted), MAX_NAME);
  if (base === "" || base.toLowerCase() === "history") base = truncate(clean(fallback), MAX_NAME);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = truncate(base, MAX_NAME - suffix.length).trimEnd() + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

const BOLD = { bold: true } as const;

function writeIndexSheet(
  sheet: ExcelJS.Worksheet,
  metadata: DocumentMetadata,
  sheets: SheetData[],
): void {
  sheet.columns = [{ width: 24 }, { width: 70 }, { width: 10 }];
  const title = sheet.addRow([cellText(metadata.title)]);
  title.font = { bold: true, size: 14 };
  sheet.addRow([]);
  const date = metadata.date ? isoDate(metadata.date) : null;
  const properties: [string, ExcelJS.CellValue][] = [
    ["Titolo", cellText(metadata.title)],
    ["Autore", cellText(metadata.author)],
    ["Data", date ?? cellText(metadata.date ?? "")],
    ["Oggetto", cellText(metadata.subject)],
    ["Parole chiave", cellText(metadata.keywords.join(", "))],
  ];
  for (const [label, value] of properties) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = BOLD;
    row.getCell(2).alignment = { horizontal: "left", wrapText: true };
    if (value instanceof Date) row.getCell(2).numFmt = DATE_FORMAT;
  }
  sheet.addRow([]);
  writeSheetList(sheet, sheets);
}

/** One row per sheet: its name linked to it, its caption, how many rows of data. */
function writeSheetList(sheet: ExcelJS.Worksheet, sheets: SheetData[]): void {
  const header = sheet.addRow(["Foglio", "Contenuto", "Righe"]);
  header.font = BOLD;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const data of sheets) {
    const row = sheet.addRow([cellText(data.name), cellText(data.caption), data.rows.length]);
    const link = row.getCell(1);
    // A HYPERLINK formula: exceljs writes its own links to other sheets as
    // links to a file, which Excel cannot follow.
    const target = `#'${data.name.replaceAll("'", "''")}'!A1`;
    link.value = {
      formula: `HYPERLINK("${quoted(target)}","${quoted(data.name)}")`,
      result: data.name,
    };
    link.font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(2).alignment = { wrapText: true };
  }
}

/** Text inside a formula's string literal. */
function quoted(text: string): string {
  return text.replaceAll('"', '""');
}

function writeDataSheet(sheet: ExcelJS.Worksheet, data: SheetData): void {
  writeTableSheet(sheet, {
    headers: data.headers,
    rows: data.rows.map((cells) =>
      data.headers.map((_, i) => ({
        ...typedValue(cells[i] ?? ""),
        horizontal: alignment(data.align[i]),
      })),
    ),
    widths: data.headers.map((head, i) => columnWidth([head, ...data.rows.map((r) => r[i] ?? "")])),
  });
  sheet.pageSetup = {
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  };
  // In a printed header "&" starts a code: written "&&".
  sheet.headerFooter = {
    oddHeader: `&C&B${plain(data.caption).replaceAll("&", "&&")}`,
    oddFooter: "&CPagina &P di &N",
  };
}

function alignment(align: string | undefined): "left" | "right" | "center" | undefined {
  return align === "left" || align === "right" || align === "center" ? align : undefined;
}

const DATE_FORMAT = "dd/mm/yyyy";
const IT_DATE = /^\d{2}\/\d{2}\/\d{4}$/;
/** Optional minus, digits (grouped by dots, or not), optional decimals after a comma, optional %. */
const IT_NUMBER = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s?%)?$/;

/** What a cell holds: a date or number when the text reads cleanly as one, else (safe) text. */
export function typedValue(raw: string): { value: ExcelJS.CellValue; numFmt?: string } {
  const trimmed = raw.trim();
  if (trimmed === "") return { value: null };
  if (IT_DATE.test(trimmed)) {
    const parsed = parseItalianDate(trimmed);
    if (parsed.ok) return { value: isoDate(parsed.iso), numFmt: DATE_FORMAT };
  }
  const m = IT_NUMBER.exec(trimmed);
  const [, sign = "", whole = "", decimals = "", percent] = m ?? [];
  const digits = whole.replaceAll(".", "");
  const leadingZero = digits.length > 1 && digits.startsWith("0");
  if (m && !leadingZero && digits.length + decimals.length <= 15) {
    // Parsed from the decimal text, so 28,6% is 0.286 and not 0.28600000000000003.
    const value = Number(`${sign}${digits}.${decimals || "0"}${percent ? "e-2" : ""}`);
    const format = `${whole.includes(".") ? "#,##0" : "0"}${decimals ? `.${"0".repeat(decimals.length)}` : ""}`;
    return { value, numFmt: percent ? `${format}%` : format };
  }
  return { value: cellText(raw) };
}

function isoDate(iso: string): Date | null {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
