/**
 * What every spreadsheet the product writes shares — the monitoring template,
 * a report's workbook, the open-data files: text a spreadsheet will not run
 * as a formula, text XML accepts, a data sheet with its header row bold and
 * frozen, and CSV as Excel opens it (UTF-8 with BOM, CRLF between records).
 */
import { stringify } from "csv-stringify/sync";
import type ExcelJS from "exceljs";

/**
 * First characters that make a spreadsheet read a cell as a formula (or a DDE
 * call); apostrophes before them are counted so that text that already starts
 * with "'=" comes back unchanged from the reader, which removes one apostrophe.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Text a spreadsheet will not run: a cell that starts with =, +, -, @, tab or
 * CR gets a leading apostrophe (OWASP "CSV injection"). The monitoring-sheet
 * reader removes it.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Everything XML 1.0 allows (control characters and lone surrogates would break the file). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(raw: string): string {
  return raw.replace(NOT_XML, "");
}

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Excel's limit for the text of one cell. */
const CELL_LIMIT = 32767;

/** Text as a cell holds it: XML-safe, within Excel's limit, never a formula. */
export function cellText(raw: string): string {
  return neutraliseFormula(truncate(xmlSafe(raw), CELL_LIMIT));
}

/** One typed cell of a data sheet. */
export interface SheetCell {
  value: ExcelJS.CellValue;
  numFmt?: string;
  horizontal?: "left" | "right" | "center";
}

export interface TableSheet {
  /** Column headers, in row 1. */
  headers: string[];
  /** The data from row 2, already typed; strings are written as they are (see cellText). */
  rows: SheetCell[][];
  /** Characters per column (columnWidth). */
  widths: number[];
}

export const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9E1F2" },
};

/** A data sheet: the header row bold, filled, frozen and with the autofilter; the rows below. */
export function writeTableSheet(sheet: ExcelJS.Worksheet, table: TableSheet): void {
  const header = sheet.addRow(table.headers.map(cellText));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const cells of table.rows) {
    const row = sheet.addRow([]);
    table.headers.forEach((_, i) => {
      const cell = row.getCell(i + 1);
      const typed = cells[i] ?? { value: null };
      cell.value = typed.value;
      if (typed.numFmt) cell.numFmt = typed.numFmt;
      cell.alignment = { vertical: "top", wrapText: true, horizontal: typed.horizontal };
    });
  }
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  table.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

/** Characters of the longest line, within 8 and 60 (longer text wraps). */
export function columnWidth(texts: string[]): number {
  let longest = 0;
  for (const t of texts) {
    for (const line of t.split("\n")) longest = Math.max(longest, line.length);
  }
  return Math.min(60, Math.max(8, longest + 2));
}

/**
 * Records as CSV: UTF-8 with BOM (so Excel reads the accents), CRLF between
 * records, fields quoted when they hold the separator, a quote or a line break.
 * Cells are written as given: neutralise text first.
 */
export function writeCsv(records: string[][], delimiter: ";" | ","): string {
  return stringify(records, {
    bom: true,
    delimiter,
    record_delimiter: "windows",
    // csv-stringify quotes the record delimiter (CRLF) but not a lone LF or CR.
    quoted_match: /[\r\n]/,
  });
}
