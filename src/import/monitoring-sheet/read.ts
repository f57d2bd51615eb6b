/**
 * Reads back the monitoring spreadsheet a head of unit filled in (XLSX or
 * CSV): one measurement per row, every problem tied to its row and column.
 * Pure: bytes in, measurements and diagnostics out. Never throws on bad input.
 */
import "../../i18n/monitoring-sheet-messages.ts";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { MeasuredValue } from "../../domain/achievement/types.ts";
import { type Diagnostic, error } from "../../domain/diagnostics.ts";
import type { IndicatorKind } from "../../domain/plan.ts";
import { decodeText } from "../decode.ts";
import {
  ACCEPTED_UNITS,
  MONTHS_EN,
  MONTHS_IT,
  type ParsedDate,
  parseItalianDate,
  parseItalianNumber,
  parseUnitOfMeasure,
  parseYesNo,
} from "../italian-values.ts";
import { foldAccents } from "../text-folding.ts";
import {
  CAMPAIGN_COLUMN,
  CAMPAIGN_ID_KEY,
  CAMPAIGN_SHEET,
  DATA_SHEET,
  type SheetMeasurement,
  TEMPLATE_COLUMNS,
} from "./types.ts";

export interface MonitoringSheet {
  /** From the sheet "Campagna" (XLSX) or the column "Campagna" (CSV); null when absent. */
  campaignId: number | null;
  /** Rows without errors, in sheet order; rows left empty have value null. */
  rows: SheetMeasurement[];
  diagnostics: Diagnostic[];
}

export const MAX_SHEET_BYTES = 20 * 1024 * 1024;
export const MAX_SHEET_ROWS = 100_000;
/** Total uncompressed size of the parts of an XLSX (ZIP bomb guard); the template with 100,000 rows is about 85 MB. */
export const MAX_XLSX_UNCOMPRESSED = 200 * 1024 * 1024;
/** Rows at the top of the sheet searched for the header row. */
const HEADER_SEARCH_ROWS = 20;

/** One cell as both formats give it. */
type Cell =
  | { t: "empty" }
  | { t: "text"; text: string }
  | { t: "number"; value: number; percent: boolean }
  | { t: "date"; date: Date }
  | { t: "boolean"; value: boolean }
  | { t: "error"; text: string }
  | { t: "formula"; text: string };

const EMPTY: Cell = { t: "empty" };

/** A sheet as a list of non-empty rows; `cells[0]` is column A. */
interface Grid {
  rows: { row: number; cells: Cell[] }[];
}

type ColumnKey =
  | "objectiveCode"
  | "indicatorCode"
  | "kind"
  | "value"
  | "note"
  | "campaign"
  | "other";

const KEYED_HEADERS = new Map<string, ColumnKey>([
  ...TEMPLATE_COLUMNS.map(({ key, header }): [string, ColumnKey] => [
    headerKey(header),
    key === "objectiveCode" ||
    key === "indicatorCode" ||
    key === "kind" ||
    key === "value" ||
    key === "note"
      ? key
      : "other",
  ]),
  [headerKey(CAMPAIGN_COLUMN), "campaign"],
]);

const REQUIRED: readonly ColumnKey[] = ["objectiveCode", "indicatorCode", "kind", "value"];

const HEADER_OF: Record<string, string> = Object.fromEntries([
  ...TEMPLATE_COLUMNS.map(({ key, header }) => [key, header]),
  ["campaign", CAMPAIGN_COLUMN],
]);

/** Reads an XLSX (detected by its ZIP signature) or a CSV (`;`, `,` or tab separated). */
export async function readMonitoringSheet(
  bytes: Uint8Array,
  fileName: string,
): Promise<MonitoringSheet> {
  if (bytes.length > MAX_SHEET_BYTES) {
    return failed("sheet.tooLarge", {
      size: megabytes(bytes.length),
      limit: megabytes(MAX_SHEET_BYTES),
    });
  }
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes);
  if (startsWith(bytes, OLE_MAGIC)) return failed("sheet.oldXls");
  if (/\.xls[xm]$/i.test(fileName) && bytes.length > 0) {
    return failed("sheet.corruptXlsx", { detail: "not a ZIP archive" });
  }
  return readCsv(bytes);
}

// ---------------------------------------------------------------- XLSX

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: Excel 97-2003 .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function readXlsx(bytes: Uint8Array): Promise<MonitoringSheet> {
  if (isOpenDocument(bytes)) return failed("sheet.ods");
  const size = zipUncompressedSize(bytes);
  if (size === null) return failed("sheet.corruptXlsx", { detail: "broken ZIP directory" });
  if (size > MAX_XLSX_UNCOMPRESSED) {
    return failed("sheet.zipTooLarge", {
      size: megabytes(size),
      limit: megabytes(MAX_XLSX_UNCOMPRESSED),
    });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (e) {
    return failed("sheet.corruptXlsx", { detail: shortDetail(e) });
  }
  const sheets = workbook.worksheets;
  const dataSheet =
    sheets.find((s) => headerKey(s.name) === headerKey(DATA_SHEET)) ??
    sheets.find((s) => headerKey(s.name) !== headerKey(CAMPAIGN_SHEET));
  if (!dataSheet) return failed("sheet.noDataSheet");
  if (dataSheet.actualRowCount - 1 > MAX_SHEET_ROWS) {
    return failed("sheet.tooManyRows", {
      count: dataSheet.actualRowCount - 1,
      limit: MAX_SHEET_ROWS,
    });
  }
  const diagnostics: Diagnostic[] = [];
  const campaignSheet = sheets.find((s) => headerKey(s.name) === headerKey(CAMPAIGN_SHEET));
  const fromSheet = campaignSheet ? campaignIdFromSheet(campaignSheet, diagnostics) : null;
  const result = readGrid(excelGrid(dataSheet), diagnostics);
  if (fromSheet !== null && result.campaignId !== null && fromSheet !== result.campaignId) {
    diagnostics.push(
      error("sheet.campaignMismatch", null, { value: result.campaignId, first: fromSheet }),
    );
  }
  return { ...result, campaignId: fromSheet ?? result.campaignId };
}

function excelGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: Grid["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = excelCell(cell.value, cell.numFmt);
    });
    rows.push({ row: rowNumber, cells });
  });
  return { rows };
}

function excelCell(value: ExcelJS.CellValue | undefined, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") return textCell(value);
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { t: "number", value, percent: isPercentFormat(numFmt) }
      : EMPTY;
  }
  if (typeof value === "boolean") return { t: "boolean", value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { t: "error", text: "#VALUE!" }
      : { t: "date", date: value };
  }
  if ("error" in value) return { t: "error", text: String(value.error) };
  if ("richText" in value) return textCell(value.richText.map((r) => r.text).join(""));
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      const formula = "formula" in value ? value.formula : value.sharedFormula;
      return { t: "formula", text: `=${formula}` };
    }
    if (typeof result === "object" && !(result instanceof Date) && "error" in result) {
      return { t: "error", text: String((result as { error: unknown }).error) };
    }
    return excelCell(result as ExcelJS.CellValue, numFmt);
  }
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return textCell(text);
    return excelCell(text as ExcelJS.CellValue, numFmt);
  }
  return EMPTY;
}

/** "0%", "0.00%" are percent formats; a quoted or escaped "%" ('0" %"', "0\%") is only text. */
function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return bare.includes("%");
}

/** The campaign id: the row keyed "campaignId" in (hidden) column C, or labelled "Identificativo campagna". */
function campaignIdFromSheet(sheet: ExcelJS.Worksheet, diagnostics: Diagnostic[]): number | null {
  let found: { row: number; cell: Cell } | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (found) return;
    const key = cellText(excelCell(row.getCell(3).value, undefined));
    const label = headerKey(cellText(excelCell(row.getCell(1).value, undefined)));
    if (key === CAMPAIGN_ID_KEY || label === "identificativo campagna") {
      found = { row: rowNumber, cell: excelCell(row.getCell(2).value, undefined) };
    }
  });
  if (!found) return null;
  const { row, cell } = found as { row: number; cell: Cell };
  const id = campaignId(cell);
  if (id === "invalid") {
    diagnostics.push({
      ...error("sheet.badCampaignId", row, { value: cellText(cell) }),
      field: `B (${CAMPAIGN_SHEET})`,
    });
    return null;
  }
  return id;
}

function campaignId(cell: Cell): number | null | "invalid" {
  if (cell.t === "empty") return null;
  if (cell.t === "number")
    return Number.isSafeInteger(cell.value) && cell.value > 0 ? cell.value : "invalid";
  const text = cellText(cell);
  return /^\d{1,15}$/.test(text) && Number(text) > 0 ? Number(text) : "invalid";
}

function isOpenDocument(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(30, 120));
  return head.startsWith("mimetype") && head.includes("application/vnd.oasis.opendocument");
}

/**
 * Sum of the uncompressed sizes in the ZIP central directory, or null when the
 * directory cannot be read (a truncated or corrupt file) or is ZIP64.
 */
function zipUncompressedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= stop; end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const count = view.getUint16(end + 10, true);
    const offset = view.getUint32(end + 16, true);
    if (count === 0xffff || offset === 0xffffffff) return null;
    let p = offset;
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
      const size = view.getUint32(p + 24, true);
      if (size === 0xffffffff) return null;
      total += size;
      p +=
        46 +
        view.getUint16(p + 28, true) +
        view.getUint16(p + 30, true) +
        view.getUint16(p + 32, true);
    }
    return total;
  }
  return null;
}

// ---------------------------------------------------------------- CSV

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function readCsv(bytes: Uint8Array): MonitoringSheet {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (looksLikePdf(body)) return failed("sheet.pdf");
  if (!utf16 && body.includes(0)) return failed("sheet.binary");
  if (utf16 ? bytes.length <= 2 : isBlank(body)) return failed("sheet.empty");
  const decoded = decodeText(bytes);
  if (decoded.text === null) {
    return { campaignId: null, rows: [], diagnostics: decoded.diagnostics };
  }
  const diagnostics = [...decoded.diagnostics];
  const text = decoded.text;
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: unknown }).lines;
    diagnostics.push(
      error("sheet.csvSyntax", typeof line === "number" ? line : null, { detail: shortDetail(e) }),
    );
    return { campaignId: null, rows: [], diagnostics };
  }
  if (records.length - 1 > MAX_SHEET_ROWS) {
    return failed("sheet.tooManyRows", { count: records.length - 1, limit: MAX_SHEET_ROWS });
  }
  const rows: Grid["rows"] = [];
  records.forEach((record, i) => {
    rows.push({ row: i + 1, cells: record.map(textCell) });
  });
  return readGrid({ rows }, diagnostics);
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie). */
function detectDelimiter(text: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ";";
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  return head.trimStart().startsWith("%PDF-");
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}

// ---------------------------------------------------------------- rows

interface Column {
  index: number;
  header: string;
}

function readGrid(grid: Grid, diagnostics: Diagnostic[]): MonitoringSheet {
  const header = findHeader(grid);
  if (!header) {
    diagnostics.push(missingColumns(REQUIRED, null));
    return { campaignId: null, rows: [], diagnostics };
  }
  const columns = new Map<ColumnKey, Column>();
  header.cells.forEach((cell, index) => {
    const key = KEYED_HEADERS.get(headerKey(cellText(cell)));
    if (!key || key === "other") return;
    const seen = columns.get(key);
    const text = cellText(cell);
    if (seen) {
      diagnostics.push({
        ...error("sheet.duplicateColumn", header.row, {
          header: text,
          first: columnLetter(seen.index),
          second: columnLetter(index),
        }),
        field: field({ index, header: text }),
      });
    } else {
      columns.set(key, { index, header: text });
    }
  });
  const missing = REQUIRED.filter((key) => !columns.has(key));
  if (missing.length > 0) {
    diagnostics.push(missingColumns(missing, header.row));
    return { campaignId: null, rows: [], diagnostics };
  }
  if (diagnostics.some((d) => d.code === "sheet.duplicateColumn")) {
    return { campaignId: null, rows: [], diagnostics };
  }

  const rows: SheetMeasurement[] = [];
  const firstRowOf = new Map<string, number>();
  let campaign: { id: number; row: number } | null = null;
  const cellOf = (cells: Cell[], key: ColumnKey): Cell => {
    const column = columns.get(key);
    return column ? (cells[column.index] ?? EMPTY) : EMPTY;
  };

  for (const { row, cells } of grid.rows) {
    if (row <= header.row) continue;
    if ([...columns.values()].every((c) => (cells[c.index] ?? EMPTY).t === "empty")) continue;
    const before = diagnostics.length;
    const at = (code: string, key: ColumnKey, params: Record<string, string | number> = {}) => {
      const column = columns.get(key) as Column;
      diagnostics.push({ ...error(code, row, params), field: field(column) });
    };

    const campaignColumn = columns.get("campaign");
    if (campaignColumn) {
      const id = campaignId(cellOf(cells, "campaign"));
      if (id === "invalid") {
        at("sheet.badCampaignId", "campaign", { value: cellText(cellOf(cells, "campaign")) });
      } else if (id !== null) {
        if (!campaign) campaign = { id, row };
        else if (campaign.id !== id) {
          at("sheet.campaignMismatch", "campaign", { value: id, first: campaign.id });
        }
      }
    }

    const objectiveCode = cellText(cellOf(cells, "objectiveCode"));
    const indicatorCode = cellText(cellOf(cells, "indicatorCode"));
    for (const [key, code] of [
      ["objectiveCode", objectiveCode],
      ["indicatorCode", indicatorCode],
    ] as const) {
      if (code === "") at("sheet.missingCode", key, { header: columns.get(key)?.header ?? "" });
    }

    const unit = cellText(cellOf(cells, "kind"));
    const kind = unit === "" ? null : parseUnitOfMeasure(unit);
    if (unit === "") at("sheet.missingUnit", "kind", { accepted: ACCEPTED_UNITS });
    else if (!kind) at("sheet.unknownUnit", "kind", { value: unit, accepted: ACCEPTED_UNITS });

    let value: MeasuredValue | null = null;
    const valueCell = cellOf(cells, "value");
    if (kind && valueCell.t !== "empty") {
      const parsed = parseValue(kind, valueCell);
      if ("problem" in parsed) at(parsed.problem, "value", parsed.params);
      else value = parsed.value;
    }

    const noteText = cellText(cellOf(cells, "note"));

    if (objectiveCode !== "" && indicatorCode !== "") {
      const key = `${objectiveCode}\u0000${indicatorCode}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        at("sheet.duplicateRow", "indicatorCode", {
          objective: objectiveCode,
          indicator: indicatorCode,
          first,
        });
      } else {
        firstRowOf.set(key, row);
      }
    }

    if (diagnostics.length > before || !kind) continue;
    rows.push({
      row,
      objectiveCode,
      indicatorCode,
      kind,
      value,
      note: noteText === "" ? null : noteText,
    });
  }
  return { campaignId: campaign?.id ?? null, rows, diagnostics };
}

/** The first of the top rows that names a required column. */
function findHeader(grid: Grid): { row: number; cells: Cell[] } | null {
  let best: { row: number; cells: Cell[]; score: number } | null = null;
  for (const candidate of grid.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const keys = new Set(candidate.cells.map((c) => KEYED_HEADERS.get(headerKey(cellText(c)))));
    const score = REQUIRED.filter((k) => keys.has(k)).length;
    if (score > (best?.score ?? 0)) best = { ...candidate, score };
    if (score === REQUIRED.length) break;
  }
  return best;
}

function missingColumns(keys: readonly ColumnKey[], line: number | null): Diagnostic {
  const names = keys.map((k) => `"${HEADER_OF[k]}"`).join(", ");
  return error("sheet.missingColumns", line, { columns: names, n: keys.length });
}

// ---------------------------------------------------------------- values

type Parsed =
  | { value: MeasuredValue }
  | { problem: string; params: Record<string, string | number> };

/** What a deadline row says when the fact has not happened (folded, lower case). */
const NOT_DONE = new Set(["non ancora", "no", "non realizzato", "non ancora realizzato"]);

function parseValue(kind: IndicatorKind, cell: Cell): Parsed {
  if (cell.t === "error") return { problem: "sheet.cellError", params: { value: cell.text } };
  if (cell.t === "formula")
    return { problem: "sheet.formulaNoResult", params: { value: cell.text } };
  switch (kind) {
    case "deadline":
      return parseDeadline(cell);
    case "number":
    case "percent":
      return parseNumber(kind, cell);
    case "boolean":
      return parseBoolean(cell);
  }
}

function parseDeadline(cell: Cell): Parsed {
  if (cell.t === "date") return { value: { kind: "deadline", doneOn: isoOf(cell.date) } };
  if (cell.t === "number")
    return { problem: "sheet.dateIsNumber", params: { value: cellText(cell) } };
  const text = cellText(cell);
  if (NOT_DONE.has(foldKey(text))) return { value: { kind: "deadline", doneOn: null } };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const date: ParsedDate = parseItalianDate(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text);
  if (date.ok) return { value: { kind: "deadline", doneOn: date.iso } };
  const problem = date.problem;
  switch (problem.kind) {
    case "format":
      return { problem: "sheet.dateFormat", params: { value: text } };
    case "month":
      return { problem: "sheet.dateMonth", params: { value: text, month: String(problem.month) } };
    case "day":
      return {
        problem: "sheet.dateDay",
        params: {
          value: text,
          day: String(problem.day),
          monthIt: MONTHS_IT[problem.month - 1] ?? "",
          monthEn: MONTHS_EN[problem.month - 1] ?? "",
        },
      };
  }
}

function parseNumber(kind: "number" | "percent", cell: Cell): Parsed {
  if (cell.t === "number") {
    // A cell formatted as percent shows 80% and holds 0.8: what the user sees is 80.
    const value = cell.percent ? Number.parseFloat((cell.value * 100).toPrecision(15)) : cell.value;
    return { value: { kind, value } };
  }
  if (cell.t === "date")
    return { problem: "sheet.numberIsDate", params: { value: cellText(cell) } };
  const text = cellText(cell);
  const parsed = parseItalianNumber(text);
  if (parsed) return { value: { kind, value: parsed.value } };
  if (/[oO]/.test(text) && parseItalianNumber(text.replace(/[oO]/g, "0"))) {
    return { problem: "sheet.numberLetterO", params: { value: text } };
  }
  return { problem: "sheet.notNumber", params: { value: text } };
}

function parseBoolean(cell: Cell): Parsed {
  if (cell.t === "boolean") return { value: { kind: "boolean", value: cell.value } };
  if (cell.t === "number" && (cell.value === 0 || cell.value === 1)) {
    return { value: { kind: "boolean", value: cell.value === 1 } };
  }
  const text = cellText(cell);
  const yes = parseYesNo(text) ?? YES_NO_WORDS.get(foldKey(text)) ?? null;
  if (yes === null) return { problem: "sheet.notYesNo", params: { value: text } };
  return { value: { kind: "boolean", value: yes } };
}

const YES_NO_WORDS = new Map<string, boolean>([
  ["true", true],
  ["false", false],
  ["vero", true],
  ["falso", false],
  ["1", true],
  ["0", false],
]);

// ---------------------------------------------------------------- helpers

/** A text cell, without the apostrophe the template puts before =, +, -, @ (formula injection). */
function textCell(raw: string): Cell {
  const text = /^'+[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
  return text.trim() === "" ? EMPTY : { t: "text", text };
}

/** What the cell shows, trimmed: dates as dd/mm/yyyy, numbers as written. */
function cellText(cell: Cell): string {
  switch (cell.t) {
    case "empty":
      return "";
    case "text":
    case "error":
    case "formula":
      return cell.text.trim();
    case "number":
      return String(cell.value);
    case "boolean":
      return cell.value ? "VERO" : "FALSO";
    case "date": {
      const [y, m, d] = isoOf(cell.date).split("-");
      return `${d}/${m}/${y}`;
    }
  }
}

/** An Excel date cell holds a day with no time zone; exceljs gives it as UTC midnight. */
function isoOf(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Header comparison: case, accents, spaces and a trailing "*" or ":" do not matter. */
function headerKey(text: string): string {
  return foldKey(text)
    .replace(/[*:]+$/, "")
    .trim();
}

function foldKey(text: string): string {
  return foldAccents(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function field(column: Column): string {
  return `${columnLetter(column.index)} (${column.header})`;
}

function failed(code: string, params: Record<string, string | number> = {}): MonitoringSheet {
  return { campaignId: null, rows: [], diagnostics: [error(code, null, params)] };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function megabytes(size: number): number {
  return Math.round((size / (1024 * 1024)) * 10) / 10;
}

function shortDetail(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0]?.slice(0, 200) ?? "";
}
