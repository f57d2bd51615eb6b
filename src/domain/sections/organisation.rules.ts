/**
 * Rules of the 3.1 records beyond their links (references.ts checks
 * those): errors stop the plan from being stored, warnings are reported by
 * `piao check`.
 */
import { type Diagnostic, error, warning } from "../diagnostics.ts";
import type { PlanDocument } from "../plan.ts";

/** The rows of a list that repeat an earlier one by `key`, with the earlier row's number (1-based). */
export function repeatedRows<T>(
  items: readonly T[],
  key: (item: T) => string,
): { index: number; first: number; item: T }[] {
  const seen = new Map<string, number>();
  const out: { index: number; first: number; item: T }[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else out.push({ index, first: first + 1, item });
  });
  return out;
}

/** Errors: the plan cannot be stored with them. Fields are bundle paths. */
export function organisationRules(doc: PlanDocument): Diagnostic[] {
  const staff = doc.organisation.staff;
  const key = (s: (typeof staff)[number]) =>
    JSON.stringify([s.unitKey, s.jobArea, s.gender, s.ageBand, s.role, s.partTime]);
  return repeatedRows(staff, key).map(({ index, first, item: s }) => ({
    ...error("organisation.duplicateStaff", null, {
      first,
      unit: s.unitKey,
      jobArea: `msg:people.jobArea.${s.jobArea}`,
      gender: `msg:people.gender.${s.gender}`,
      ageBand: `msg:people.ageBand.${s.ageBand}`,
      role: `msg:people.role.${s.role}`,
      partTime: `msg:people.partTime.${s.partTime}`,
    }),
    field: `organisation.staff[${index}]`,
  }));
}

/** Headcount of the 3.1 staff counts by unit. */
export function staffByUnit(doc: PlanDocument): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of doc.organisation.staff) {
    out.set(s.unitKey, (out.get(s.unitKey) ?? 0) + s.headcount);
  }
  return out;
}

/** Warnings for `piao check`: incomplete, not wrong. */
export function organisationProblems(doc: PlanDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (doc.organisation.staff.length === 0) out.push(warning("organisation.noStaff", null));
  doc.units.forEach((u, i) => {
    if (u.head === null || u.head.trim() === "") {
      out.push({
        ...warning("organisation.unitWithoutHead", null, { unit: u.key }),
        field: `units[${i}].head`,
      });
    }
  });
  return out;
}
