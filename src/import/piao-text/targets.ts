/** An indicator from the cells of its row: unit of measure, kind and target, checked. */
import type { Indicator, IndicatorKind, Target, TargetValue } from "../../domain/plan.ts";
import {
  ACCEPTED_UNITS,
  MONTHS_EN,
  MONTHS_IT,
  parseItalianDate,
  parseItalianNumber,
  parseUnitOfMeasure,
  parseYesNo,
} from "../italian-values.ts";
import { normKey } from "../text-folding.ts";
import { claimCode, type ReadContext } from "./context.ts";

export interface IndicatorRow {
  line: number;
  code: string;
  description: string;
  unit: string;
  target: string;
}

export function buildIndicator(row: IndicatorRow, ctx: ReadContext): Indicator | null {
  const unitKind = parseUnitOfMeasure(row.unit);
  if (unitKind === null) {
    ctx.sink.error("import.unknownUnit", row.line, {
      value: row.unit,
      indicator: row.code,
      accepted: ACCEPTED_UNITS,
    });
    return null;
  }
  const kind = refineKind(unitKind, row);
  const target = parseTarget(kind, row, ctx);
  const unique = claimCode(ctx, ctx.indicatorLines, row.code, row.line, {
    message: "import.duplicateIndicator",
    param: "indicator",
  });
  if (target === null || !unique) return null;
  return {
    code: row.code,
    description: row.description,
    kind,
    unitLabel: row.unit,
    polarity: "higher",
    baseline: null,
    targets: [target],
    weight: null,
  };
}

/** "Numero" with "(PERCENTUALE)" in the description, or a target like "80%", is a percentage. */
function refineKind(kind: IndicatorKind, row: IndicatorRow): IndicatorKind {
  if (kind !== "number") return kind;
  if (normKey(row.description).includes("(PERCENTUALE)")) return "percent";
  return row.target.trim().endsWith("%") ? "percent" : kind;
}

function parseTarget(kind: IndicatorKind, row: IndicatorRow, ctx: ReadContext): Target | null {
  if (kind === "deadline") return parseDeadline(row, ctx);
  if (kind === "boolean") {
    const value = parseYesNo(row.target);
    if (value !== null) return { year: ctx.startYear, value: { kind, value } };
    ctx.sink.error("import.badBoolean", row.line, { value: row.target, indicator: row.code });
    return null;
  }
  const parsed = parseItalianNumber(row.target);
  if (parsed === null) {
    reportBadNumber(row, ctx);
    return null;
  }
  const value: TargetValue = { kind, value: parsed.value };
  return { year: ctx.startYear, value };
}

function parseDeadline(row: IndicatorRow, ctx: ReadContext): Target | null {
  const date = parseItalianDate(row.target);
  const params = { value: row.target, indicator: row.code };
  if (date.ok) {
    if (date.year < ctx.startYear || date.year > ctx.endYear) {
      ctx.sink.warning("import.targetOutsidePlan", row.line, {
        ...params,
        start: String(ctx.startYear),
        end: String(ctx.endYear),
      });
    }
    return { year: date.year, value: { kind: "deadline", date: date.iso } };
  }
  const problem = date.problem;
  if (problem.kind === "format") {
    ctx.sink.error("import.badDate", row.line, params);
  } else if (problem.kind === "month") {
    ctx.sink.error("import.badDateMonth", row.line, { ...params, month: String(problem.month) });
  } else {
    ctx.sink.error("import.badDateDay", row.line, {
      ...params,
      day: String(problem.day),
      monthIt: MONTHS_IT[problem.month - 1] ?? "",
      monthEn: MONTHS_EN[problem.month - 1] ?? "",
    });
  }
  return null;
}

/** Letters that people type for digits: O for 0, l and I for 1. */
const LOOKALIKES = new Map([
  ["O", "0"],
  ["o", "0"],
  ["l", "1"],
  ["I", "1"],
]);

function reportBadNumber(row: IndicatorRow, ctx: ReadContext): void {
  const params = { value: row.target, indicator: row.code };
  const hasDigit = /\d/.test(row.target);
  const letter = [...row.target].find((ch) => LOOKALIKES.has(ch));
  if (hasDigit && letter !== undefined) {
    const digit = LOOKALIKES.get(letter) ?? "";
    ctx.sink.error("import.badNumberLetter", row.line, { ...params, letter, digit });
  } else {
    ctx.sink.error("import.badNumber", row.line, params);
  }
}
