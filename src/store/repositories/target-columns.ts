/** A typed TargetValue ↔ the three value columns (number, date, boolean) of a row. */
import type { IndicatorKind, TargetValue } from "../../domain/plan.ts";

export interface ValueColumns {
  number: number | null;
  date: string | null;
  boolean: number | null;
}

export function valueToColumns(value: TargetValue | null): ValueColumns {
  if (value === null) return { number: null, date: null, boolean: null };
  switch (value.kind) {
    case "deadline":
      return { number: null, date: value.date, boolean: null };
    case "number":
    case "percent":
      return { number: value.value, date: null, boolean: null };
    case "boolean":
      return { number: null, date: null, boolean: value.value ? 1 : 0 };
  }
}

export function columnsToValue(kind: IndicatorKind, c: ValueColumns): TargetValue | null {
  switch (kind) {
    case "deadline":
      return c.date === null ? null : { kind, date: c.date };
    case "number":
    case "percent":
      return c.number === null ? null : { kind, value: c.number };
    case "boolean":
      return c.boolean === null ? null : { kind, value: c.boolean === 1 };
  }
}
