/**
 * Reads back the monitoring spreadsheet a head of unit filled in (XLSX or
 * CSV): one measurement per row, every problem tied to its row and column.
 * Pure: bytes in, measurements and diagnostics out. Never throws on bad input.
 */
import "../../i18n/monitoring-sheet-messages.ts";
import { type Diagnostic, error } from "../../domain/diagnostics.ts";
import { loadCsv } from "./csv-source.ts";
import type { Grid } from "./grid.ts";
import { matchHeader } from "./header.ts";
import {
  failed,
  MAX_SHEET_ROWS,
  type MonitoringSheet,
  megabytes,
  type Source,
  startsWith,
} from "./result.ts";
import { readRows } from "./rows.ts";
import { loadXlsx, MAX_XLSX_UNCOMPRESSED } from "./xlsx-source.ts";

export { columnLetter } from "./header.ts";
export type { MonitoringSheet };
export { MAX_SHEET_ROWS, MAX_XLSX_UNCOMPRESSED };

export const MAX_SHEET_BYTES = 20 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: Excel 97-2003 .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

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
  if (startsWith(bytes, ZIP_MAGIC)) return readSource(await loadXlsx(bytes));
  if (startsWith(bytes, OLE_MAGIC)) return failed("sheet.oldXls");
  if (/\.xls[xm]$/i.test(fileName) && bytes.length > 0) {
    return failed("sheet.corruptXlsx", { detail: "not a ZIP archive" });
  }
  return readSource(loadCsv(bytes));
}

/** The grid's rows; the campaign id named outside the grid wins over, and must agree with, the grid's. */
function readSource(source: Source): MonitoringSheet {
  if ("failed" in source) return source.failed;
  const result = readGrid(source.grid, source.diagnostics);
  const fromSheet = source.campaignId;
  if (fromSheet !== null && result.campaignId !== null && fromSheet !== result.campaignId) {
    result.diagnostics.push(
      error("sheet.campaignMismatch", null, { value: result.campaignId, first: fromSheet }),
    );
  }
  return { ...result, campaignId: fromSheet ?? result.campaignId };
}

function readGrid(grid: Grid, diagnostics: Diagnostic[]): MonitoringSheet {
  const header = matchHeader(grid, diagnostics);
  if (!header) return { campaignId: null, rows: [], diagnostics };
  return readRows(grid, header, diagnostics);
}
