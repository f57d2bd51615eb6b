/**
 * The indicator table of an objective: the header (three lines or one
 * tab-separated line, possibly repeated) and the rows, whose four fields
 * (code, description, unit, target) may be on one line or spread over three.
 */
import type { Indicator } from "../../domain/plan.ts";
import { isBoundary, type ReadContext } from "./context.ts";
import type { SourceLine } from "./lines.ts";
import {
  isTableHeaderRest,
  isTableHeaderStart,
  matchIndicatorRow,
  type RowStart,
} from "./recognise.ts";
import { buildIndicator } from "./targets.ts";

export interface TableResult {
  indicators: Indicator[];
  /** Position of the first line after the table. */
  next: number;
}

/** Reads the table whose header starts at position i. */
export function readIndicatorTable(ctx: ReadContext, i: number, objective: string): TableResult {
  const headerLine = ctx.lines[i]?.line ?? null;
  const indicators: Indicator[] = [];
  let rows = 0;
  let j = i;
  while (j < ctx.lines.length) {
    const line = ctx.lines[j] as SourceLine;
    if (isTableHeaderStart(line)) {
      j = skipHeader(ctx.lines, j);
      continue;
    }
    const start = matchIndicatorRow(line);
    if (!start) break;
    const row = readRow(ctx, j, start);
    rows++;
    if (row.indicator) indicators.push(row.indicator);
    j = row.next;
  }
  if (rows === 0) ctx.sink.error("import.emptyTable", headerLine, { objective });
  return { indicators, next: j };
}

function skipHeader(lines: readonly SourceLine[], i: number): number {
  let j = i + 1;
  while (j < lines.length && isTableHeaderRest(lines[j] as SourceLine)) j++;
  return j;
}

const FIELDS_AFTER_DESCRIPTION = 2;

function readRow(
  ctx: ReadContext,
  i: number,
  start: RowStart,
): { indicator: Indicator | null; next: number } {
  const line = (ctx.lines[i] as SourceLine).line;
  const fields = [...start.rest];
  let j = i + 1;
  while (fields.length < FIELDS_AFTER_DESCRIPTION && !endsRow(ctx, j)) {
    fields.push(...(ctx.lines[j] as SourceLine).cells.filter((cell) => cell !== ""));
    j++;
  }
  const [unit = "", target = "", ...extra] = fields;
  const params = { indicator: start.code };
  if (extra.length > 0) {
    ctx.sink.warning("import.indicatorExtraCells", line, { ...params, extra: extra.join(" | ") });
  }
  if (unit === "") {
    const code = target === "" ? "import.indicatorMissingFields" : "import.indicatorMissingUnit";
    ctx.sink.error(code, line, params);
    return { indicator: null, next: j };
  }
  if (target === "") {
    ctx.sink.error("import.indicatorMissingTarget", line, { ...params, unit });
    return { indicator: null, next: j };
  }
  const row = { line, code: start.code, description: start.description, unit, target };
  return { indicator: buildIndicator(row, ctx), next: j };
}

function endsRow(ctx: ReadContext, j: number): boolean {
  const line = ctx.lines[j];
  return !line || matchIndicatorRow(line) !== null || isBoundary(ctx, j);
}
