/**
 * Edits of a plan made in the browser, as pure functions: the current
 * document and one record in, the next document out (or what is wrong, by
 * form field). The document is never changed in place: editions are
 * immutable snapshots (decision 0005).
 */
import type { Indicator, Objective, OrgUnit, PlanDocument } from "./plan.ts";

/** Form field → message code (with its parameters), shown beside the field. */
export type EditProblems = Record<string, { code: string; params?: Record<string, string> }>;

export type EditResult =
  | { ok: true; document: PlanDocument }
  | { ok: false; problems: EditProblems };

const fail = (problems: EditProblems): EditResult => ({ ok: false, problems });

function objectiveProblems(
  doc: PlanDocument,
  objective: Objective,
  previousCode: string | null,
): EditProblems {
  const problems: EditProblems = {};
  if (objective.code !== previousCode && doc.objectives.some((o) => o.code === objective.code)) {
    problems.code = { code: "plan.edit.duplicateObjective", params: { code: objective.code } };
  }
  if (objective.unitKey !== null && !doc.units.some((u) => u.key === objective.unitKey)) {
    problems.unitKey = { code: "plan.edit.unknownUnit", params: { key: objective.unitKey } };
  }
  if (
    objective.positiveAction !== null &&
    !doc.positiveActions.some((a) => a.number === objective.positiveAction)
  ) {
    problems.positiveAction = {
      code: "plan.edit.unknownAction",
      params: { number: String(objective.positiveAction) },
    };
  }
  return problems;
}

/**
 * Adds an objective (previousCode null) or replaces the one with previousCode;
 * its indicators are kept when editing, so the form need not carry them.
 */
export function saveObjective(
  doc: PlanDocument,
  previousCode: string | null,
  fields: Omit<Objective, "indicators">,
): EditResult {
  const existing =
    previousCode === null ? undefined : doc.objectives.find((o) => o.code === previousCode);
  const objective: Objective = { ...fields, indicators: existing?.indicators ?? [] };
  const problems = objectiveProblems(doc, objective, previousCode);
  if (Object.keys(problems).length) return fail(problems);
  const objectives = existing
    ? doc.objectives.map((o) => (o === existing ? objective : o))
    : [...doc.objectives, objective];
  return { ok: true, document: { ...doc, objectives } };
}

/** Adds an indicator to an objective (previousCode null) or replaces one of its indicators. */
export function saveIndicator(
  doc: PlanDocument,
  objectiveCode: string,
  previousCode: string | null,
  indicator: Indicator,
): EditResult {
  const objective = doc.objectives.find((o) => o.code === objectiveCode);
  if (!objective)
    return fail({ _form: { code: "plan.objective.notFound", params: { code: objectiveCode } } });
  const problems: EditProblems = {};
  if (
    indicator.code !== previousCode &&
    objective.indicators.some((i) => i.code === indicator.code)
  ) {
    problems.code = {
      code: "plan.edit.duplicateIndicator",
      params: { code: indicator.code, objective: objectiveCode },
    };
  }
  const outside = (year: number) => year < doc.plan.startYear || year > doc.plan.endYear;
  for (const target of indicator.targets) {
    const dateYear =
      target.value.kind === "deadline" ? Number(target.value.date.slice(0, 4)) : target.year;
    if (outside(target.year) || outside(dateYear)) {
      problems[`target${target.year}`] = {
        code: "plan.edit.yearOutsidePlan",
        params: {
          year: String(dateYear),
          start: String(doc.plan.startYear),
          end: String(doc.plan.endYear),
        },
      };
    }
  }
  if (Object.keys(problems).length) return fail(problems);
  const indicators =
    previousCode === null
      ? [...objective.indicators, indicator]
      : objective.indicators.map((i) => (i.code === previousCode ? indicator : i));
  const next: Objective = { ...objective, indicators };
  return {
    ok: true,
    document: { ...doc, objectives: doc.objectives.map((o) => (o === objective ? next : o)) },
  };
}

/** A new unit's key: its full path, as the readers build it ("Area X - Settore Y"). */
export function unitKeyOf(name: string, parentKey: string | null): string {
  return parentKey === null ? name : `${parentKey} - ${name}`;
}

/** Adds a unit, or replaces the unit with the same key (its name and place stay: they make the key). */
export function saveUnit(doc: PlanDocument, unit: OrgUnit, isNew: boolean): EditResult {
  const exists = doc.units.some((u) => u.key === unit.key);
  if (isNew && exists)
    return fail({ name: { code: "plan.edit.duplicateUnit", params: { key: unit.key } } });
  if (!isNew && !exists)
    return fail({ _form: { code: "plan.unit.notFound", params: { key: unit.key } } });
  if (unit.parentKey !== null && !doc.units.some((u) => u.key === unit.parentKey)) {
    return fail({ parentKey: { code: "plan.edit.unknownUnit", params: { key: unit.parentKey } } });
  }
  const units = isNew
    ? [...doc.units, unit]
    : doc.units.map((u) => (u.key === unit.key ? unit : u));
  return { ok: true, document: { ...doc, units } };
}
