/** What the reader returns, what each source hands over, and the helpers that build failures. */
import { type Diagnostic, error } from "../../domain/diagnostics.ts";
import type { Grid } from "./grid.ts";
import type { SheetMeasurement } from "./types.ts";

export interface MonitoringSheet {
  /** From the sheet "Campagna" (XLSX) or the column "Campagna" (CSV); null when absent. */
  campaignId: number | null;
  /** Rows without errors, in sheet order; rows left empty have value null. */
  rows: SheetMeasurement[];
  diagnostics: Diagnostic[];
}

export const MAX_SHEET_ROWS = 100_000;

/**
 * A source (XLSX or CSV) read into a grid, with the campaign id it names outside
 * the grid (the sheet "Campagna") and what was noticed on the way; or, when the
 * file cannot be read, the sheet to return as it is.
 */
export type Source =
  | { grid: Grid; campaignId: number | null; diagnostics: Diagnostic[] }
  | { failed: MonitoringSheet };

export function failed(
  code: string,
  params: Record<string, string | number> = {},
): MonitoringSheet {
  return { campaignId: null, rows: [], diagnostics: [error(code, null, params)] };
}

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

export function megabytes(size: number): number {
  return Math.round((size / (1024 * 1024)) * 10) / 10;
}

export function shortDetail(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0]?.slice(0, 200) ?? "";
}
