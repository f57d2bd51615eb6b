/**
 * Rules of the 3.2 records beyond their links (references.ts checks
 * those): errors stop the plan from being stored, warnings are reported by
 * `piao check`.
 */
import { type Diagnostic, error, warning } from "../diagnostics.ts";
import type { PlanDocument } from "../plan.ts";
import type { SectionIndicator } from "./indicators.ts";
import { repeatedRows, staffByUnit } from "./organisation.rules.ts";

/** Targets, baseline and measurements of the indicator's kind; one target per year. */
export function sectionIndicatorRules(ind: SectionIndicator, field: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const wrongKind = (f: string): Diagnostic => ({
    ...error("rules.targetKind", null, { code: ind.code, kind: ind.kind }),
    field: f,
  });
  if (ind.baseline && ind.baseline.kind !== ind.kind) out.push(wrongKind(`${field}.baseline`));
  const years = new Set<number>();
  ind.targets.forEach((t, k) => {
    if (t.value.kind !== ind.kind) out.push(wrongKind(`${field}.targets[${k}].value`));
    if (years.has(t.year)) {
      out.push({
        ...error("rules.duplicateYear", null, { code: ind.code, year: String(t.year) }),
        field: `${field}.targets[${k}].year`,
      });
    }
    years.add(t.year);
  });
  ind.measurements.forEach((m, k) => {
    if (m.value.kind !== ind.kind) out.push(wrongKind(`${field}.measurements[${k}].value`));
  });
  return out;
}

/** Errors: the plan cannot be stored with them. Fields are bundle paths. */
export function agileWorkRules(doc: PlanDocument): Diagnostic[] {
  const a = doc.agileWork;
  const indicators = a.objectives.flatMap((o, i) =>
    o.indicators.flatMap((ind, j) =>
      sectionIndicatorRules(ind, `agileWork.objectives[${i}].indicators[${j}]`),
    ),
  );
  const key = (s: (typeof a.staff)[number]) => JSON.stringify([s.unitKey, s.gender, s.mode]);
  const repeated = repeatedRows(a.staff, key).map(({ index, first, item: s }) => ({
    ...error("agileWork.duplicateStaff", null, {
      first,
      unit: s.unitKey,
      gender: `msg:people.gender.${s.gender}`,
      mode: `msg:people.mode.${s.mode}`,
    }),
    field: `agileWork.staff[${index}]`,
  }));
  return [...indicators, ...repeated];
}

/** Warnings for `piao check`: incomplete, not wrong. */
export function agileWorkProblems(doc: PlanDocument): Diagnostic[] {
  // Without 3.1 counts there is nothing to compare with (organisationProblems says so).
  if (doc.organisation.staff.length === 0) return [];
  const staff = staffByUnit(doc);
  const agile = new Map<string, number>();
  for (const s of doc.agileWork.staff) {
    agile.set(s.unitKey, (agile.get(s.unitKey) ?? 0) + s.headcount);
  }
  return [...agile]
    .filter(([unit, n]) => n > (staff.get(unit) ?? 0))
    .map(([unit, n]) =>
      warning("agileWork.moreThanStaff", null, { unit, agile: n, staff: staff.get(unit) ?? 0 }),
    );
}
