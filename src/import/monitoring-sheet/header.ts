/** Finding the header row near the top of the sheet and matching its cells to the template's columns. */
import { type Diagnostic, error } from "../../domain/diagnostics.ts";
import { type Cell, cellText, type Grid, headerKey } from "./grid.ts";
import { CAMPAIGN_COLUMN, TEMPLATE_COLUMNS } from "./types.ts";

export type ColumnKey =
  | "objectiveCode"
  | "indicatorCode"
  | "kind"
  | "value"
  | "note"
  | "campaign"
  | "other";

export interface Column {
  index: number;
  header: string;
}

/** The header row and where each column the reader uses is. */
export interface Header {
  row: number;
  columns: Map<ColumnKey, Column>;
}

/** Rows at the top of the sheet searched for the header row. */
const HEADER_SEARCH_ROWS = 20;

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

/** The header and its columns; null, with the diagnostics said, when a column is missing or repeated. */
export function matchHeader(grid: Grid, diagnostics: Diagnostic[]): Header | null {
  const header = findHeader(grid);
  if (!header) {
    diagnostics.push(missingColumns(REQUIRED, null));
    return null;
  }
  const columns = keyColumns(header, diagnostics);
  const missing = REQUIRED.filter((key) => !columns.has(key));
  if (missing.length > 0) {
    diagnostics.push(missingColumns(missing, header.row));
    return null;
  }
  if (diagnostics.some((d) => d.code === "sheet.duplicateColumn")) return null;
  return { row: header.row, columns };
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

/** The column of each known header; a header seen twice is reported and its first column kept. */
function keyColumns(
  header: { row: number; cells: Cell[] },
  diagnostics: Diagnostic[],
): Map<ColumnKey, Column> {
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
  return columns;
}

function missingColumns(keys: readonly ColumnKey[], line: number | null): Diagnostic {
  const names = keys.map((k) => `"${HEADER_OF[k]}"`).join(", ");
  return error("sheet.missingColumns", line, { columns: names, n: keys.length });
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

/** The field of a diagnostic about a column: its letter and its header, "D (Codice indicatore)". */
export function field(column: Column): string {
  return `${columnLetter(column.index)} (${column.header})`;
}
