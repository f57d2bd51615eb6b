/**
 * The sheet as both formats (XLSX and CSV) give it: rows of cells, and how a
 * cell reads as text.
 */
import { foldAccents } from "../text-folding.ts";

/** One cell as both formats give it. */
export type Cell =
  | { t: "empty" }
  | { t: "text"; text: string }
  | { t: "number"; value: number; percent: boolean }
  | { t: "date"; date: Date }
  | { t: "boolean"; value: boolean }
  | { t: "error"; text: string }
  | { t: "formula"; text: string };

export const EMPTY: Cell = { t: "empty" };

/** A sheet as a list of non-empty rows; `cells[0]` is column A. */
export interface Grid {
  rows: { row: number; cells: Cell[] }[];
}

/** A text cell, without the apostrophe the template puts before =, +, -, @ (formula injection). */
export function textCell(raw: string): Cell {
  const text = /^'+[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
  return text.trim() === "" ? EMPTY : { t: "text", text };
}

/** What the cell shows, trimmed: dates as dd/mm/yyyy, numbers as written. */
export function cellText(cell: Cell): string {
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
export function isoOf(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Header comparison: case, accents, spaces and a trailing "*" or ":" do not matter. */
export function headerKey(text: string): string {
  return foldKey(text)
    .replace(/[*:]+$/, "")
    .trim();
}

export function foldKey(text: string): string {
  return foldAccents(text).toLowerCase().replace(/\s+/g, " ").trim();
}
