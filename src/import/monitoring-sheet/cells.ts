/** One cell read as what its row measures (a date, a number, a percent, yes/no) or as a campaign id. */
import type { MeasuredValue } from "../../domain/achievement/types.ts";
import type { IndicatorKind } from "../../domain/plan.ts";
import {
  MONTHS_EN,
  MONTHS_IT,
  type ParsedDate,
  parseItalianDate,
  parseItalianNumber,
  parseYesNo,
} from "../italian-values.ts";
import { type Cell, cellText, foldKey, isoOf } from "./grid.ts";

/** A value, or the message code and parameters of why the cell is not one. */
export type Parsed =
  | { value: MeasuredValue }
  | { problem: string; params: Record<string, string | number> };

/** What a deadline row says when the fact has not happened (folded, lower case). */
const NOT_DONE = new Set(["non ancora", "no", "non realizzato", "non ancora realizzato"]);

const YES_NO_WORDS = new Map<string, boolean>([
  ["true", true],
  ["false", false],
  ["vero", true],
  ["falso", false],
  ["1", true],
  ["0", false],
]);

export function parseValue(kind: IndicatorKind, cell: Cell): Parsed {
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

/** A positive whole number, null when the cell is empty. */
export function campaignId(cell: Cell): number | null | "invalid" {
  if (cell.t === "empty") return null;
  if (cell.t === "number")
    return Number.isSafeInteger(cell.value) && cell.value > 0 ? cell.value : "invalid";
  const text = cellText(cell);
  return /^\d{1,15}$/.test(text) && Number(text) > 0 ? Number(text) : "invalid";
}
