/**
 * Rules of the 3.3 records beyond their links (references.ts checks
 * those): errors stop the plan from being stored, warnings are reported by
 * `piao check`.
 */
import { type Diagnostic, error, warning } from "../diagnostics.ts";
import type { PlanDocument } from "../plan.ts";
import { checkSpendingLimits, formatEuro } from "../spending-limits.ts";

const at = (field: string, d: Diagnostic): Diagnostic => ({ ...d, field });

/** Hires, departures, courses and yearly limits must fall in the plan's three years. */
function yearsInPeriod(doc: PlanDocument): Diagnostic[] {
  const { startYear, endYear } = doc.plan;
  const s = doc.staffing;
  const dated: { field: string; kind: string; code: string; year: number | null }[] = [
    ...s.hires.map((h, i) => ({ field: `staffing.hires[${i}]`, kind: "hire", ...h })),
    ...s.departures.map((d, i) => ({
      field: `staffing.departures[${i}]`,
      kind: "departure",
      code: d.profile,
      year: d.year,
    })),
    ...s.training.map((c, i) => ({ field: `staffing.training[${i}]`, kind: "course", ...c })),
    ...s.spendingLimits.map((l, i) => ({
      field: `staffing.spendingLimits[${i}]`,
      kind: "limit",
      ...l,
    })),
  ];
  const label: Record<string, string> = {
    hire: "msg:records.kind.hire",
    departure: "msg:people.kind.departure",
    course: "msg:records.kind.trainingCourse",
    limit: "msg:records.kind.spendingLimit",
  };
  return dated
    .filter((d) => d.year !== null && (d.year < startYear || d.year > endYear))
    .map((d) =>
      at(
        `${d.field}.year`,
        error("staffing.yearOutsidePeriod", null, {
          kind: label[d.kind] ?? d.kind,
          code: d.code,
          year: String(d.year),
          period: `${startYear}-${endYear}`,
        }),
      ),
    );
}

function hireValues(doc: PlanDocument): Diagnostic[] {
  return doc.staffing.hires.flatMap((h, i) => {
    const f = `staffing.hires[${i}]`;
    const out: Diagnostic[] = [];
    if (!(h.annualCost >= 0)) {
      out.push(
        at(`${f}.annualCost`, error("staffing.negativeCost", null, { value: h.annualCost })),
      );
    }
    if (!Number.isInteger(h.count) || h.count < 1) {
      out.push(at(`${f}.count`, error("staffing.badCount", null, { value: h.count })));
    }
    return out;
  });
}

/** Errors: the plan cannot be stored with them. Fields are bundle paths. */
export function staffingRules(doc: PlanDocument): Diagnostic[] {
  const s = doc.staffing;
  const posts = s.establishment.flatMap((p, i) =>
    p.filled > p.posts
      ? [
          at(
            `staffing.establishment[${i}].filled`,
            error("staffing.filledOverPosts", null, {
              profile: p.profile,
              filled: p.filled,
              posts: p.posts,
            }),
          ),
        ]
      : [],
  );
  const committed = s.spendingLimits.flatMap((l, i) =>
    l.basis === "planned_hires" && l.committed > 0
      ? [
          at(
            `staffing.spendingLimits[${i}].committed`,
            error("staffing.committedForHires", null, { code: l.code, value: l.committed }),
          ),
        ]
      : [],
  );
  return [...hireValues(doc), ...yearsInPeriod(doc), ...posts, ...committed];
}

function planYears(doc: PlanDocument): number[] {
  const years: number[] = [];
  for (let y = doc.plan.startYear; y <= doc.plan.endYear; y++) years.push(y);
  return years;
}

/** Warnings for `piao check`: incomplete, not wrong. */
export function staffingProblems(doc: PlanDocument): Diagnostic[] {
  const s = doc.staffing;
  const out: Diagnostic[] = [];
  for (const year of planYears(doc)) {
    if (!s.training.some((c) => c.year === year && c.mandatorySafety)) {
      out.push(warning("staffing.noSafetyTraining", null, { year: String(year) }));
    }
    const count = (items: readonly { year: number; count: number }[]) =>
      items.filter((x) => x.year === year).reduce((sum, x) => sum + x.count, 0);
    const departures = count(s.departures);
    const hires = count(s.hires);
    if (departures > hires) {
      out.push(
        warning("staffing.departuresNotReplaced", null, { year: String(year), departures, hires }),
      );
    }
  }
  for (const c of checkSpendingLimits(doc)) {
    if (c.status !== "exceeded") continue;
    out.push(
      warning("staffing.spendingLimitExceeded", null, {
        code: c.rule.code,
        title: c.rule.title,
        year: String(c.year),
        spending: formatEuro(c.spending),
        limit: formatEuro(c.rule.limit),
        excess: formatEuro(-c.margin),
      }),
    );
  }
  return out;
}
