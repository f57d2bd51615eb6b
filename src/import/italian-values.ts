/** Values as Italian documents write them: numbers, dates, units of measure, yes/no. */
import { daysInMonth } from "../domain/dates.ts";
import type { IndicatorKind } from "../domain/plan.ts";
import { foldAccents } from "./text-folding.ts";

export interface ParsedNumber {
  value: number;
  /** True when written with a trailing "%". */
  percent: boolean;
}

const IT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const IT_PLAIN = /^\d+(?:,\d+)?$/;
const DOT_DECIMAL = /^\d+\.\d+$/;

/**
 * "80", "80%", "1.234,5", "1.005.000" (it-IT), or "3702.32" (decimal point,
 * as some exports write it). Dots followed by groups of three digits are
 * thousands separators.
 */
export function parseItalianNumber(raw: string): ParsedNumber | null {
  let text = raw.trim();
  const percent = text.endsWith("%");
  if (percent) text = text.slice(0, -1).trim();
  let sign = 1;
  if (text.startsWith("-") || text.startsWith("+")) {
    sign = text.startsWith("-") ? -1 : 1;
    text = text.slice(1);
  }
  let value: number;
  if (IT_GROUPED.test(text) || IT_PLAIN.test(text)) {
    value = Number(text.replaceAll(".", "").replace(",", "."));
  } else if (DOT_DECIMAL.test(text)) {
    value = Number(text);
  } else {
    return null;
  }
  return Number.isFinite(value) ? { value: sign * value, percent } : null;
}

export type DateProblem =
  | { kind: "format" }
  | { kind: "month"; month: number }
  | { kind: "day"; day: number; month: number };

export type ParsedDate =
  | { ok: true; iso: string; year: number }
  | { ok: false; problem: DateProblem };

const DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** dd/mm/yyyy, checked against the real calendar. */
export function parseItalianDate(raw: string): ParsedDate {
  const m = DATE.exec(raw.trim());
  if (!m) return { ok: false, problem: { kind: "format" } };
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (month < 1 || month > 12) return { ok: false, problem: { kind: "month", month } };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: { kind: "day", day, month } };
  }
  const iso = `${m[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { ok: true, iso, year };
}

export const MONTHS_IT = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
] as const;

export const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The units of measure, as listed to the user when one is not recognised. */
export const ACCEPTED_UNITS = "Data, Numero, Percentuale (%), Sì/No";

const UNITS = new Map<string, IndicatorKind>([
  ["data", "deadline"],
  ["numero", "number"],
  ["percentuale", "percent"],
  ["%", "percent"],
  ["si/no", "boolean"],
  ["si-no", "boolean"],
]);

/** "Data" → deadline, "Numero" → number, "Percentuale"/"%" → percent, "SI/NO" → boolean. */
export function parseUnitOfMeasure(label: string): IndicatorKind | null {
  const key = foldAccents(label).toLowerCase().replace(/\s+/g, "");
  return UNITS.get(key) ?? null;
}

/** "SI", "Sì", "NO" (any case, accent optional). */
export function parseYesNo(raw: string): boolean | null {
  const key = foldAccents(raw).trim().toLowerCase();
  if (key === "si") return true;
  if (key === "no") return false;
  return null;
}
