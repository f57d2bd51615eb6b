/** The forms that edit a plan: objectives, indicators, units (Action "plan.edit"). */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { OrgUnit, PlanDocument } from "../../../domain/plan.ts";
import { saveUnit, unitKeyOf } from "../../../domain/plan-edit.ts";
import { AppError } from "../../../services/errors.ts";
import { indicatorEdit, objectiveEdit, recordKey } from "../../../services/plan-editing.ts";
import { objectiveHref } from "../../../views/pages/plan/common.ts";
import { indicatorForm, objectiveForm, unitForm } from "../../../views/pages/plan/forms.ts";
import type { AppDeps } from "../../deps.ts";
import { type EditSpec, showPlanForm, submitPlanEdit } from "./edit-flow.ts";
import {
  IndicatorForm,
  indicatorFromForm,
  indicatorValues,
  NewUnitForm,
  ObjectiveForm,
  objectiveFields,
  objectiveValues,
  UnitForm,
} from "./plan-forms.ts";

const EDIT = { config: { access: "plan.edit" as const } };

type Params = { planId: string; code?: string; ind?: string };
const params = (r: FastifyRequest) => r.params as Params;

function objectiveOf(doc: PlanDocument, code: string) {
  const objective = doc.objectives.find((o) => o.code === code);
  if (!objective) throw new AppError("not_found", "plan.objective.notFound", { code });
  return objective;
}

function indicatorOf(doc: PlanDocument, code: string, ind: string) {
  const indicator = objectiveOf(doc, code).indicators.find((i) => i.code === ind);
  if (!indicator)
    throw new AppError("not_found", "indicator.notFound", { objective: code, indicator: ind });
  return indicator;
}

function unitOf(doc: PlanDocument, key: string): OrgUnit {
  const unit = doc.units.find((u) => u.key === key);
  if (!unit) throw new AppError("not_found", "plan.unit.notFound", { key });
  return unit;
}

function objectiveSpec(
  r: FastifyRequest,
  previous: string | null,
): EditSpec<typeof ObjectiveForm._output> {
  const planId = Number(params(r).planId);
  return {
    schema: ObjectiveForm,
    page: objectiveForm,
    action:
      previous === null
        ? `/piani/${planId}/obiettivi/nuovo`
        : `${objectiveHref(planId, previous)}/modifica`,
    title: (ctx) =>
      previous === null
        ? ctx.t("plan.objective.new")
        : ctx.t("plan.objective.editTitle", { code: previous }),
    locked: previous === null ? [] : ["code"],
    prepare: (doc, data) => {
      if (previous !== null) objectiveOf(doc, previous);
      // Measurements, re-programming and comments refer to the code: it stays.
      const fields = { ...objectiveFields(data), code: previous ?? data.code };
      return {
        problems: {},
        ...objectiveEdit(planId, previous, fields),
        next: objectiveHref(planId, fields.code),
      };
    },
  };
}

function indicatorSpec(
  r: FastifyRequest,
  previous: string | null,
): EditSpec<typeof IndicatorForm._output> {
  const { planId: rawPlan, code = "" } = params(r);
  const planId = Number(rawPlan);
  const base = objectiveHref(planId, code);
  return {
    schema: IndicatorForm,
    page: indicatorForm,
    action:
      previous === null
        ? `${base}/indicatori/nuovo`
        : `${base}/indicatori/${encodeURIComponent(previous)}/modifica`,
    title: (ctx) =>
      previous === null
        ? ctx.t("plan.indicator.newTitle", { code })
        : ctx.t("plan.indicator.editTitle", { code, indicator: previous }),
    locked: previous === null ? [] : ["code"],
    prepare: (doc, data, values) => {
      objectiveOf(doc, code);
      const before = previous === null ? undefined : indicatorOf(doc, code, previous);
      const typed = { ...data, code: previous ?? data.code };
      const { indicator, problems } = indicatorFromForm(doc, typed, values, before);
      return { problems, ...indicatorEdit(planId, code, before, indicator), next: base };
    },
  };
}

function unitSpec(r: FastifyRequest, isNew: boolean) {
  const planId = Number(params(r).planId);
  const unitsHref = `/piani/${planId}/strutture`;
  const common = {
    page: (ctx: Parameters<typeof unitForm>[0], s: Parameters<typeof unitForm>[1]) =>
      unitForm(ctx, s, isNew),
    action: isNew ? `${unitsHref}/nuova` : `${unitsHref}/modifica`,
    title: (ctx: { t: (c: string) => string }) =>
      ctx.t(isNew ? "plan.unit.new" : "plan.unit.editTitle"),
  };
  const record = (key: string, before: PlanDocument, after: PlanDocument) => ({
    entity: "unit" as const,
    key: recordKey(planId, key),
    before: before.units.find((u) => u.key === key) ?? null,
    after: after.units.find((u) => u.key === key) ?? null,
  });
  const newSpec: EditSpec<typeof NewUnitForm._output> = {
    ...common,
    schema: NewUnitForm,
    prepare: (_doc, data) => {
      const unit: OrgUnit = {
        key: unitKeyOf(data.name, data.parentKey),
        name: data.name,
        kind: data.kind,
        parentKey: data.parentKey,
        head: data.head,
      };
      return {
        problems: {},
        edit: (d) => saveUnit(d, unit, true),
        record: (b, a) => record(unit.key, b, a),
        next: unitsHref,
      };
    },
  };
  const editSpec: EditSpec<typeof UnitForm._output> = {
    ...common,
    schema: UnitForm,
    prepare: (doc, data) => {
      const unit = { ...unitOf(doc, data.key), kind: data.kind, head: data.head };
      return {
        problems: {},
        edit: (d) => saveUnit(d, unit, false),
        record: (b, a) => record(unit.key, b, a),
        next: unitsHref,
      };
    },
  };
  return { newSpec, editSpec };
}

export function registerPlanEditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const o = "/piani/:planId/obiettivi";
  app.get(`${o}/nuovo`, EDIT, (r, reply) =>
    showPlanForm(r, reply, deps, objectiveSpec(r, null), () => ({})),
  );
  app.post(`${o}/nuovo`, EDIT, (r, reply) =>
    submitPlanEdit(r, reply, deps, objectiveSpec(r, null)),
  );
  app.get(`${o}/:code/modifica`, EDIT, (r, reply) => {
    const code = params(r).code ?? "";
    return showPlanForm(r, reply, deps, objectiveSpec(r, code), (doc) =>
      objectiveValues(objectiveOf(doc, code)),
    );
  });
  app.post(`${o}/:code/modifica`, EDIT, (r, reply) =>
    submitPlanEdit(r, reply, deps, objectiveSpec(r, params(r).code ?? "")),
  );
  app.get(`${o}/:code/indicatori/nuovo`, EDIT, (r, reply) => {
    const code = params(r).code ?? "";
    return showPlanForm(r, reply, deps, indicatorSpec(r, null), (doc) => {
      objectiveOf(doc, code);
      return { polarity: "higher" };
    });
  });
  app.post(`${o}/:code/indicatori/nuovo`, EDIT, (r, reply) =>
    submitPlanEdit(r, reply, deps, indicatorSpec(r, null)),
  );
  app.get(`${o}/:code/indicatori/:ind/modifica`, EDIT, (r, reply) => {
    const { code = "", ind = "" } = params(r);
    return showPlanForm(r, reply, deps, indicatorSpec(r, ind), (doc) =>
      indicatorValues(indicatorOf(doc, code, ind)),
    );
  });
  app.post(`${o}/:code/indicatori/:ind/modifica`, EDIT, (r, reply) =>
    submitPlanEdit(r, reply, deps, indicatorSpec(r, params(r).ind ?? "")),
  );
  const s = "/piani/:planId/strutture";
  app.get(`${s}/nuova`, EDIT, (r, reply) =>
    showPlanForm(r, reply, deps, unitSpec(r, true).newSpec, () => ({})),
  );
  app.post(`${s}/nuova`, EDIT, (r, reply) =>
    submitPlanEdit(r, reply, deps, unitSpec(r, true).newSpec),
  );
  app.get(`${s}/modifica`, EDIT, (r, reply) => {
    const key = String((r.query as { key?: unknown }).key ?? "");
    return showPlanForm(r, reply, deps, unitSpec(r, false).editSpec, (doc) => {
      const unit = unitOf(doc, key);
      return { key: unit.key, kind: unit.kind, head: unit.head ?? "" };
    });
  });
  app.post(`${s}/modifica`, EDIT, (r, reply) =>
    submitPlanEdit(r, reply, deps, unitSpec(r, false).editSpec),
  );
}
