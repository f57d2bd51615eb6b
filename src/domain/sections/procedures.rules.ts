/**
 * Rules of the 2.2 (letters e and f) records beyond their links (references.ts checks
 * those): errors stop the plan from being stored, warnings are reported by
 * `piao check`.
 */
import { type Diagnostic, error, warning } from "../diagnostics.ts";
import type { PlanDocument } from "../plan.ts";

const at = (field: string, d: Diagnostic): Diagnostic => ({ ...d, field });

/** Errors: the plan cannot be stored with them. Fields are bundle paths. */
export function proceduresRules(doc: PlanDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { startYear, endYear } = doc.plan;
  const period = `${startYear}-${endYear}`;
  doc.procedures.procedures.forEach((p, i) => {
    const years = new Set<number>();
    p.timeliness.forEach((t, k) => {
      const field = `procedures.procedures[${i}].timeliness[${k}]`;
      const year = String(t.year);
      if (years.has(t.year)) {
        out.push(
          at(`${field}.year`, error("pv.rules.timelinessYear", null, { code: p.code, year })),
        );
      }
      years.add(t.year);
      if (t.concludedLate > t.concluded) {
        out.push(
          at(
            `${field}.concludedLate`,
            error("pv.rules.lateOverConcluded", null, {
              code: p.code,
              year,
              late: t.concludedLate,
              concluded: t.concluded,
            }),
          ),
        );
      }
    });
  });
  doc.procedures.simplifications.forEach((s, i) => {
    if (s.year < startYear || s.year > endYear) {
      out.push(
        at(
          `procedures.simplifications[${i}].year`,
          error("pv.rules.simplificationYear", null, {
            code: s.code,
            year: String(s.year),
            period,
          }),
        ),
      );
    }
  });
  doc.procedures.accessibility.forEach((a, i) => {
    if (a.audiences.length === 0) {
      out.push(
        at(
          `procedures.accessibility[${i}].audiences`,
          error("pv.rules.noAudience", null, { code: a.code }),
        ),
      );
    }
  });
  return out;
}

/** Warnings for `piao check`: incomplete, not wrong. */
export function proceduresProblems(doc: PlanDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const named = new Set(doc.procedures.simplifications.flatMap((s) => s.procedureCodes));
  const before = doc.plan.startYear - 1;
  doc.procedures.procedures.forEach((p, i) => {
    const field = `procedures.procedures[${i}]`;
    if (p.onSimplificationList && !named.has(p.code)) {
      out.push(
        at(
          `${field}.onSimplificationList`,
          warning("pv.check.listedNotSimplified", null, { code: p.code }),
        ),
      );
    }
    if (!p.timeliness.some((t) => t.year === before)) {
      out.push(
        at(
          `${field}.timeliness`,
          warning("pv.check.noTimeliness", null, { code: p.code, year: String(before) }),
        ),
      );
    }
  });
  return out;
}
