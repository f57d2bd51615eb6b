/**
 * Rules every plan must satisfy whatever it was read from: codes unique,
 * references that resolve, targets of the indicator's kind, a three-year period.
 * Structured readers (JSON bundle) report these by field; the text reader by line.
 */

import { type Diagnostic, error } from "./diagnostics.ts";
import type { PlanDocument } from "./plan.ts";
import { sectionRecordRules } from "./sections/rules.ts";
import { isValidNumericTaxCode } from "./tax-code.ts";

function at(field: string, d: Diagnostic): Diagnostic {
  return { ...d, field };
}

function checkAdministration(doc: PlanDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { taxCode, vatNumber } = doc.administration;
  if (taxCode && /^\d+$/.test(taxCode) && !isValidNumericTaxCode(taxCode)) {
    out.push(at("administration.taxCode", error("rules.badTaxCode", null, { value: taxCode })));
  }
  if (vatNumber && !isValidNumericTaxCode(vatNumber)) {
    out.push(
      at("administration.vatNumber", error("rules.badVatNumber", null, { value: vatNumber })),
    );
  }
  return out;
}

function checkPeriod(doc: PlanDocument): Diagnostic[] {
  const { startYear, endYear } = doc.plan;
  return endYear - startYear === 2
    ? []
    : [
        at(
          "plan.endYear",
          error("rules.notThreeYears", null, { start: String(startYear), end: String(endYear) }),
        ),
      ];
}

function checkUnits(doc: PlanDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const keys = new Set<string>();
  doc.units.forEach((u, i) => {
    if (keys.has(u.key))
      out.push(at(`units[${i}].key`, error("rules.duplicateUnit", null, { key: u.key })));
    keys.add(u.key);
  });
  doc.units.forEach((u, i) => {
    if (u.parentKey !== null && !keys.has(u.parentKey)) {
      out.push(at(`units[${i}].parentKey`, error("rules.unknownUnit", null, { key: u.parentKey })));
    }
  });
  return out;
}

function checkObjectives(doc: PlanDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unitKeys = new Set(doc.units.map((u) => u.key));
  const actions = new Set(doc.positiveActions.map((a) => a.number));
  const codes = new Set<string>();
  doc.objectives.forEach((o, i) => {
    const field = `objectives[${i}]`;
    if (codes.has(o.code))
      out.push(at(`${field}.code`, error("rules.duplicateObjective", null, { code: o.code })));
    codes.add(o.code);
    if (o.unitKey !== null && !unitKeys.has(o.unitKey)) {
      out.push(at(`${field}.unitKey`, error("rules.unknownUnit", null, { key: o.unitKey })));
    }
    if (o.positiveAction !== null && !actions.has(o.positiveAction)) {
      out.push(
        at(
          `${field}.positiveAction`,
          error("rules.unknownAction", null, { number: String(o.positiveAction) }),
        ),
      );
    }
    out.push(...checkIndicators(o, field));
  });
  return out;
}

function checkIndicators(o: PlanDocument["objectives"][number], field: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const codes = new Set<string>();
  o.indicators.forEach((ind, j) => {
    const f = `${field}.indicators[${j}]`;
    if (codes.has(ind.code)) {
      out.push(
        at(
          `${f}.code`,
          error("rules.duplicateIndicator", null, { code: ind.code, objective: o.code }),
        ),
      );
    }
    codes.add(ind.code);
    const years = new Set<number>();
    ind.targets.forEach((t, k) => {
      if (t.value.kind !== ind.kind) {
        out.push(
          at(
            `${f}.targets[${k}].value`,
            error("rules.targetKind", null, { code: ind.code, kind: ind.kind }),
          ),
        );
      }
      if (years.has(t.year)) {
        out.push(
          at(
            `${f}.targets[${k}].year`,
            error("rules.duplicateYear", null, { code: ind.code, year: String(t.year) }),
          ),
        );
      }
      years.add(t.year);
    });
    if (ind.baseline && ind.baseline.kind !== ind.kind) {
      out.push(
        at(`${f}.baseline`, error("rules.targetKind", null, { code: ind.code, kind: ind.kind })),
      );
    }
  });
  return out;
}

export function validatePlanDocument(doc: PlanDocument): Diagnostic[] {
  return [
    ...checkAdministration(doc),
    ...checkPeriod(doc),
    ...checkUnits(doc),
    ...checkObjectives(doc),
    ...sectionRecordRules(doc),
  ];
}
