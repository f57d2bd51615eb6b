/** The rows under the header turned into measurements, every problem tied to its row and column. */
import type { MeasuredValue } from "../../domain/achievement/types.ts";
import { type Diagnostic, error } from "../../domain/diagnostics.ts";
import type { IndicatorKind } from "../../domain/plan.ts";
import { ACCEPTED_UNITS, parseUnitOfMeasure } from "../italian-values.ts";
import { campaignId, parseValue } from "./cells.ts";
import { type Cell, cellText, EMPTY, type Grid } from "./grid.ts";
import { type Column, type ColumnKey, field, type Header } from "./header.ts";
import type { MonitoringSheet } from "./result.ts";
import type { SheetMeasurement } from "./types.ts";

/** One row being read, and where its problems go. */
interface RowContext {
  row: number;
  cells: Cell[];
  columns: Map<ColumnKey, Column>;
  diagnostics: Diagnostic[];
}

/** What earlier rows left: the first row of each code pair, and the first campaign id. */
interface Seen {
  firstRowOf: Map<string, number>;
  campaign: { id: number; row: number } | null;
}

/** The rows under the header that are not empty in every known column. */
export function readRows(grid: Grid, header: Header, diagnostics: Diagnostic[]): MonitoringSheet {
  const rows: SheetMeasurement[] = [];
  const seen: Seen = { firstRowOf: new Map(), campaign: null };
  const { columns } = header;
  for (const { row, cells } of grid.rows) {
    if (row <= header.row) continue;
    if ([...columns.values()].every((c) => (cells[c.index] ?? EMPTY).t === "empty")) continue;
    const measurement = readRow({ row, cells, columns, diagnostics }, seen);
    if (measurement) rows.push(measurement);
  }
  return { campaignId: seen.campaign?.id ?? null, rows, diagnostics };
}

/** The measurement of one row, or null when the row has a problem. */
function readRow(ctx: RowContext, seen: Seen): SheetMeasurement | null {
  const before = ctx.diagnostics.length;
  checkCampaign(ctx, seen);
  const objectiveCode = requiredCode(ctx, "objectiveCode");
  const indicatorCode = requiredCode(ctx, "indicatorCode");
  const kind = readKind(ctx);
  const value = kind ? readValue(ctx, kind) : null;
  const noteText = cellText(cellOf(ctx, "note"));
  checkDuplicate(ctx, seen, objectiveCode, indicatorCode);
  if (ctx.diagnostics.length > before || !kind) return null;
  return {
    row: ctx.row,
    objectiveCode,
    indicatorCode,
    kind,
    value,
    note: noteText === "" ? null : noteText,
  };
}

/** The column "Campagna", when present, names one valid campaign on every row. */
function checkCampaign(ctx: RowContext, seen: Seen): void {
  if (!ctx.columns.get("campaign")) return;
  const id = campaignId(cellOf(ctx, "campaign"));
  if (id === "invalid") {
    report(ctx, "sheet.badCampaignId", "campaign", { value: cellText(cellOf(ctx, "campaign")) });
  } else if (id !== null) {
    if (!seen.campaign) seen.campaign = { id, row: ctx.row };
    else if (seen.campaign.id !== id) {
      report(ctx, "sheet.campaignMismatch", "campaign", { value: id, first: seen.campaign.id });
    }
  }
}

function requiredCode(ctx: RowContext, key: "objectiveCode" | "indicatorCode"): string {
  const code = cellText(cellOf(ctx, key));
  if (code === "") {
    report(ctx, "sheet.missingCode", key, { header: ctx.columns.get(key)?.header ?? "" });
  }
  return code;
}

function readKind(ctx: RowContext): IndicatorKind | null {
  const unit = cellText(cellOf(ctx, "kind"));
  const kind = unit === "" ? null : parseUnitOfMeasure(unit);
  if (unit === "") report(ctx, "sheet.missingUnit", "kind", { accepted: ACCEPTED_UNITS });
  else if (!kind)
    report(ctx, "sheet.unknownUnit", "kind", { value: unit, accepted: ACCEPTED_UNITS });
  return kind;
}

/** The figure, null when its cell is empty or cannot be read. */
function readValue(ctx: RowContext, kind: IndicatorKind): MeasuredValue | null {
  const valueCell = cellOf(ctx, "value");
  if (valueCell.t === "empty") return null;
  const parsed = parseValue(kind, valueCell);
  if ("problem" in parsed) {
    report(ctx, parsed.problem, "value", parsed.params);
    return null;
  }
  return parsed.value;
}

/** The same objective and indicator codes on two rows. */
function checkDuplicate(
  ctx: RowContext,
  seen: Seen,
  objectiveCode: string,
  indicatorCode: string,
): void {
  if (objectiveCode === "" || indicatorCode === "") return;
  const key = `${objectiveCode}\u0000${indicatorCode}`;
  const first = seen.firstRowOf.get(key);
  if (first !== undefined) {
    report(ctx, "sheet.duplicateRow", "indicatorCode", {
      objective: objectiveCode,
      indicator: indicatorCode,
      first,
    });
  } else {
    seen.firstRowOf.set(key, ctx.row);
  }
}

function cellOf(ctx: RowContext, key: ColumnKey): Cell {
  const column = ctx.columns.get(key);
  return column ? (ctx.cells[column.index] ?? EMPTY) : EMPTY;
}

function report(
  ctx: RowContext,
  code: string,
  key: ColumnKey,
  params: Record<string, string | number> = {},
): void {
  const column = ctx.columns.get(key) as Column;
  ctx.diagnostics.push({ ...error(code, ctx.row, params), field: field(column) });
}
