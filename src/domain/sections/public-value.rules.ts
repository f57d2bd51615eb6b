/**
 * Rules of the 2.1 records beyond their links (references.ts checks
 * those): errors stop the plan from being stored, warnings are reported by
 * `piao check`.
 */
import { type Diagnostic, error, warning } from "../diagnostics.ts";
import type { PlanDocument, TargetValue } from "../plan.ts";
import type { SectionIndicator } from "./indicators.ts";

const at = (field: string, d: Diagnostic): Diagnostic => ({ ...d, field });

/** Years listed twice in `items`, as the indexes of the repeats. */
function repeatedYears(items: readonly { year: number }[]): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.year)) out.push(i);
    seen.add(item.year);
  });
  return out;
}

/**
 * The values of an indicator of sections other than 2.2 (an impact
 * indicator, an agile-work indicator): baseline, targets and measurements
 * of the indicator's kind, no year twice, targets inside the plan period.
 * `field` is the indicator's bundle path.
 */
export function sectionIndicatorRules(
  ind: SectionIndicator,
  field: string,
  period: { startYear: number; endYear: number },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const kind = (value: TargetValue, f: string) => {
    if (value.kind !== ind.kind) {
      out.push(at(f, error("pv.rules.valueKind", null, { code: ind.code, kind: ind.kind })));
    }
  };
  if (ind.baseline) kind(ind.baseline, `${field}.baseline`);
  for (const [list, name] of [
    [ind.targets, "targets"],
    [ind.measurements, "measurements"],
  ] as const) {
    list.forEach((t, k) => {
      kind(t.value, `${field}.${name}[${k}].value`);
    });
    for (const k of repeatedYears(list)) {
      const year = String(list[k]?.year);
      out.push(
        at(
          `${field}.${name}[${k}].year`,
          error(`pv.rules.duplicate.${name}`, null, { code: ind.code, year }),
        ),
      );
    }
  }
  ind.targets.forEach((t, k) => {
    if (t.year < period.startYear || t.year > period.endYear) {
      out.push(
        at(
          `${field}.targets[${k}].year`,
          error("pv.rules.targetOutsidePeriod", null, {
            code: ind.code,
            year: String(t.year),
            period: `${period.startYear}-${period.endYear}`,
          }),
        ),
      );
    }
  });
  return out;
}

/** Errors: the plan cannot be stored with them. Fields are bundle paths. */
export function publicValueRules(doc: PlanDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  doc.publicValue.objectives.forEach((o, i) => {
    const seen = new Set<string>();
    o.impactIndicators.forEach((ind, j) => {
      const field = `publicValue.objectives[${i}].impactIndicators[${j}]`;
      if (seen.has(ind.code)) {
        out.push(
          at(
            `${field}.code`,
            error("pv.rules.duplicateImpactIndicator", null, { code: ind.code, objective: o.code }),
          ),
        );
      }
      seen.add(ind.code);
      out.push(...sectionIndicatorRules(ind, field, doc.plan));
    });
  });
  return out;
}

/** Warnings for `piao check`: incomplete, not wrong. */
export function publicValueProblems(doc: PlanDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  doc.publicValue.objectives.forEach((o, i) => {
    const field = `publicValue.objectives[${i}]`;
    const missing: [boolean, string, string][] = [
      [o.impactIndicators.length === 0, "noImpactIndicators", "impactIndicators"],
      [o.objectiveCodes.length === 0, "noObjectives", "objectiveCodes"],
      [o.strategicObjectiveCodes.length === 0, "noStrategicObjective", "strategicObjectiveCodes"],
      [o.stakeholderKeys.length === 0, "noStakeholders", "stakeholderKeys"],
    ];
    for (const [when, code, part] of missing) {
      if (when)
        out.push(at(`${field}.${part}`, warning(`pv.check.${code}`, null, { code: o.code })));
    }
  });
  return out;
}
