/**
 * An XLSX loaded into a grid: the ZIP bomb guard, the workbook, the sheet of
 * figures and the campaign id of the sheet "Campagna".
 */
import ExcelJS from "exceljs";
import { type Diagnostic, error } from "../../domain/diagnostics.ts";
import { campaignId } from "./cells.ts";
import { type Cell, cellText, EMPTY, type Grid, headerKey, textCell } from "./grid.ts";
import { failed, MAX_SHEET_ROWS, megabytes, type Source, shortDetail } from "./result.ts";
import { CAMPAIGN_ID_KEY, CAMPAIGN_SHEET, DATA_SHEET } from "./types.ts";

/** Total uncompressed size of the parts of an XLSX (ZIP bomb guard); the template with 100,000 rows is about 85 MB. */
export const MAX_XLSX_UNCOMPRESSED = 200 * 1024 * 1024;

/** The bytes of a ZIP archive, which are not OpenDocument, read as a workbook. */
export async function loadXlsx(bytes: Uint8Array): Promise<Source> {
  if (isOpenDocument(bytes)) return { failed: failed("sheet.ods") };
  const size = zipUncompressedSize(bytes);
  if (size === null) {
    return { failed: failed("sheet.corruptXlsx", { detail: "broken ZIP directory" }) };
  }
  if (size > MAX_XLSX_UNCOMPRESSED) {
    const params = { size: megabytes(size), limit: megabytes(MAX_XLSX_UNCOMPRESSED) };
    return { failed: failed("sheet.zipTooLarge", params) };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (e) {
    return { failed: failed("sheet.corruptXlsx", { detail: shortDetail(e) }) };
  }
  return readWorkbook(workbook.worksheets);
}

function readWorkbook(sheets: ExcelJS.Worksheet[]): Source {
  const dataSheet =
    sheets.find((s) => headerKey(s.name) === headerKey(DATA_SHEET)) ??
    sheets.find((s) => headerKey(s.name) !== headerKey(CAMPAIGN_SHEET));
  if (!dataSheet) return { failed: failed("sheet.noDataSheet") };
  if (dataSheet.actualRowCount - 1 > MAX_SHEET_ROWS) {
    const params = { count: dataSheet.actualRowCount - 1, limit: MAX_SHEET_ROWS };
    return { failed: failed("sheet.tooManyRows", params) };
  }
  const diagnostics: Diagnostic[] = [];
  const campaignSheet = sheets.find((s) => headerKey(s.name) === headerKey(CAMPAIGN_SHEET));
  const fromSheet = campaignSheet ? campaignIdFromSheet(campaignSheet, diagnostics) : null;
  return { grid: excelGrid(dataSheet), campaignId: fromSheet, diagnostics };
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
  if ("formula" in value || "sharedFormula" in value) return formulaCell(value, numFmt);
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return textCell(text);
    return excelCell(text as ExcelJS.CellValue, numFmt);
  }
  return EMPTY;
}

/** A formula cell as its cached result; the formula itself when the file holds no result. */
function formulaCell(
  value: ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue,
  numFmt: string | undefined,
): Cell {
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
    return centralDirectorySize(bytes, view, offset, count);
  }
  return null;
}

/** Sum of the uncompressed sizes of the `count` entries of the central directory at `offset`. */
function centralDirectorySize(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  count: number,
): number | null {
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
