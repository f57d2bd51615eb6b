/**
 * The write API, for API tokens only: a plan as a JSON bundle, objectives and
 * indicators, measurements. Each write goes through the same services as the
 * application's forms and `piao import` (a new edition of the plan through
 * importPlan, the measurement with its version guard), so the rules, the
 * audit trail (which names the token) and open campaigns behave alike.
 * A write made on an edition or version that is no longer current is refused
 * with 409, saying what changed; nothing is written on any error. Writes are
 * never kept in the public cache, and each token has its own rate limit.
 */
import type { RateLimitOptions } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Diagnostic } from "../../domain/diagnostics.ts";
import type { Indicator, Objective } from "../../domain/plan.ts";
import { diffPlans } from "../../domain/plan-diff.ts";
import type { EditProblems } from "../../domain/plan-edit.ts";
import { validatePlanDocument } from "../../domain/plan-rules.ts";
import { type Lang, translate } from "../../i18n/index.ts";
import { toPlanDocument } from "../../import/bundle/read.ts";
import { AppError } from "../../services/errors.ts";
import { importPlan } from "../../services/import-plan.ts";
import { recordMeasurement } from "../../services/measurements.ts";
import {
  editPlan,
  indicatorEdit,
  objectiveEdit,
  type RecordEdit,
} from "../../services/plan-editing.ts";
import { loadPlanDocument, resolvePlan } from "../../services/plan-edition.ts";
import { findAdministration } from "../../store/repositories/administration.repository.ts";
import { findPlanByPeriod } from "../../store/repositories/plan.repository.ts";
import { authorise, currentUser } from "../access.ts";
import type { AppDeps } from "../deps.ts";
import { UNIT_LABELS } from "../pages/plan/plan-forms.ts";
import { API_PREFIX } from "./index.ts";
import { ApiInputError, ApiProblem, apiLang, type FieldProblem } from "./problem.ts";
import { ObjectiveParams, PlanParams } from "./published-schemas.ts";
import { apiRoute } from "./route.ts";
import { requestToken } from "./tokens.ts";
import {
  IndicatorUpdateSchema,
  IndicatorWriteResultSchema,
  MeasurementInputSchema,
  MeasurementSchema,
  NewIndicatorSchema,
  NewObjectiveSchema,
  ObjectiveUpdateSchema,
  ObjectiveWriteResultSchema,
  PlanBundleSchema,
  PlanImportResultSchema,
} from "./write-schemas.ts";

const TAGS = ["Writes"];

/** Writes per token and minute. */
export const WRITES_PER_MINUTE = 60;

const WRITE_LIMIT: RateLimitOptions = {
  max: WRITES_PER_MINUTE,
  timeWindow: 60_000,
  keyGenerator: (request) => `token:${requestToken(request)?.tokenId ?? request.ip}`,
};

/** What every write operation shares: its tag, the per-token rate limit, its problems. */
export const writeCommon = {
  tags: TAGS,
  rateLimit: WRITE_LIMIT,
  problems: [409, 413, 415, 429],
};

/** "body.objectives.0.code" from a plan rule's "objectives[0].code", under `prefix`. */
function bodyField(field: string | undefined, strip = ""): string {
  const dotted = (field ?? "").replace(/\[(\d+)\]/g, ".$1");
  const rest = strip && dotted.startsWith(strip) ? dotted.slice(strip.length) : dotted;
  return ["body", ...rest.split(".").filter(Boolean)].join(".");
}

function diagnosticProblems(diagnostics: Diagnostic[], lang: Lang, strip = ""): FieldProblem[] {
  return diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => ({
      field: bodyField(d.field, strip),
      message: translate(d.code, d.params, lang),
    }));
}

/** The edition or version the writer saw: the body's field, else If-Match ("3", W/"3"). */
function expected(request: FastifyRequest, fromBody: number | undefined): number | undefined {
  if (fromBody !== undefined) return fromBody;
  const header = request.headers["if-match"];
  if (typeof header !== "string") return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!m) {
    throw new ApiInputError([
      { field: "headers.if-match", message: translate("api.badIfMatch", {}, apiLang(request)) },
    ]);
  }
  return Number(m[1]);
}

export function required(
  request: FastifyRequest,
  value: number | undefined,
  field: string,
): number {
  const found = expected(request, value);
  if (found === undefined) {
    throw new ApiInputError([
      {
        field: `body.${field}`,
        message: translate("api.expectedRequired", { field }, apiLang(request)),
      },
    ]);
  }
  return found;
}

/** What changed in the plan since the edition the writer saw: one entry per record. */
export async function staleProblem(
  deps: AppDeps,
  request: FastifyRequest,
  planId: number,
  error: AppError,
): Promise<ApiProblem> {
  const lang = apiLang(request);
  const seen = Number(error.params.expected);
  const current = await loadPlanDocument(deps.store.db, { planId });
  const errors: FieldProblem[] = [];
  const before =
    seen >= 1 && seen < current.edition.number
      ? await loadPlanDocument(deps.store.db, { planId, edition: seen })
      : undefined;
  if (before) {
    const diff = diffPlans(before.document, current.document);
    const t = (code: string, params: Record<string, string> = {}) => translate(code, params, lang);
    for (const [kind, records] of [
      ["objectives", diff.objectives],
      ["indicators", diff.indicators],
    ] as const) {
      for (const code of records.added)
        errors.push({ field: `${kind}.${code}`, message: t("api.stale.added") });
      for (const code of records.removed)
        errors.push({ field: `${kind}.${code}`, message: t("api.stale.removed") });
      for (const c of records.changed)
        errors.push({
          field: `${kind}.${c.code}`,
          message: t("api.stale.changed", { fields: c.fields.join(", ") }),
        });
    }
    for (const part of diff.parts) errors.push({ field: part, message: t("api.stale.part") });
  }
  return new ApiProblem(
    409,
    translate(
      "api.staleEdition",
      { expected: String(error.params.expected), edition: String(current.edition.number) },
      lang,
    ),
    errors,
  );
}

export const isStale = (error: unknown): error is AppError =>
  error instanceof AppError && error.messageCode === "plan.edit.stale";

/** Problems of an edit, by body field: "target2025" is the target of that year. */
function editProblems(problems: EditProblems, lang: Lang, indicator?: Indicator): FieldProblem[] {
  return Object.entries(problems).map(([key, p]) => {
    const year = /^target(\d{4})$/.exec(key)?.[1];
    const index = year ? (indicator?.targets.findIndex((t) => t.year === Number(year)) ?? -1) : -1;
    const field =
      key === "_form"
        ? "body"
        : year
          ? `body.targets${index >= 0 ? `.${index}` : ""}`
          : `body.${key}`;
    return { field, message: translate(p.code, p.params ?? {}, lang) };
  });
}

/** The plan, checked against the token: its administration may be edited (or read) by it. */
export async function editablePlan(
  deps: AppDeps,
  request: FastifyRequest,
  planId: number,
  action: "plan.edit" | "plan.read" = "plan.edit",
) {
  const summary = await resolvePlan(deps.store.db, { planId });
  authorise(request, action, { administrationId: summary.administrationId });
  return loadPlanDocument(deps.store.db, { planId });
}

/** Stores an edit as the plan's next edition (the forms' path), or refuses it by field. */
async function storeEdit(
  deps: AppDeps,
  request: FastifyRequest,
  planId: number,
  expectedEdition: number,
  change: RecordEdit,
  indicator?: Indicator,
) {
  const lang = apiLang(request);
  try {
    const outcome = await editPlan(deps.store, currentUser(request), {
      planId,
      expectedEdition,
      ...change,
      now: deps.now,
    });
    if (!outcome.ok) {
      throw new ApiInputError([
        ...editProblems(outcome.problems, lang, indicator),
        ...outcome.diagnostics.map((d) => ({
          field: "body",
          message: translate(d.code, d.params, lang),
        })),
      ]);
    }
    const stored = await loadPlanDocument(deps.store.db, { planId });
    return { outcome, document: stored.document };
  } catch (error) {
    if (isStale(error)) throw await staleProblem(deps, request, planId, error);
    throw error;
  }
}

function objectiveIn(doc: { objectives: Objective[] }, code: string): Objective {
  const objective = doc.objectives.find((o) => o.code === code);
  if (!objective) throw new AppError("not_found", "plan.objective.notFound", { code });
  return objective;
}

function indicatorIn(objective: Objective, code: string): Indicator {
  const indicator = objective.indicators.find((i) => i.code === code);
  if (!indicator) {
    throw new AppError("not_found", "indicator.notFound", {
      objective: objective.code,
      indicator: code,
    });
  }
  return indicator;
}

type IndicatorBody = z.output<typeof NewIndicatorSchema>;

function indicatorFrom(body: Omit<IndicatorBody, "code">, code: string, previous?: Indicator) {
  const { expectedEdition: _e, unitLabel, ...fields } = body;
  const label =
    unitLabel ??
    (previous && previous.kind === fields.kind ? previous.unitLabel : UNIT_LABELS[fields.kind]);
  return { ...fields, code, unitLabel: label } satisfies Indicator;
}

function registerPlanImport(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(app, {
    ...writeCommon,
    method: "POST",
    path: `${API_PREFIX}/plans`,
    operationId: "importPlan",
    summary: "Imports a plan (JSON bundle): a new plan, or a new edition of the administration's",
    description:
      "The bundle `piao export --format json` writes. Checked like `piao import`: the schema, then the plan rules, every problem by field. With If-Match the edition the bundle was made on must still be current.",
    access: "plan.import",
    body: PlanBundleSchema,
    response: PlanImportResultSchema,
    status: 201,
    otherStatuses: [200],
    statusOf: (result) => (result.status === "unchanged" ? 200 : 201),
    handler: async ({ body, request }) => {
      const lang = apiLang(request);
      const document = toPlanDocument(body);
      const problems = diagnosticProblems(validatePlanDocument(document), lang);
      if (problems.length > 0) throw new ApiInputError(problems);
      const user = currentUser(request);
      const administration = await findAdministration(deps.store.db, document.administration);
      if (!administration) {
        // A token acts for its own administration only, never for a new one.
        if (user.administrationId !== null) {
          throw new AppError("forbidden", "api.otherAdministration");
        }
      } else {
        authorise(request, "plan.import", { administrationId: administration.id });
      }
      const expectedEdition = expected(request, undefined);
      const outcome = await importPlan(deps.store, document, {
        actor: user.username,
        sourceName: "API",
        now: deps.now,
        ...(expectedEdition === undefined ? {} : { expectedEdition }),
      }).catch(async (error: unknown) => {
        if (!isStale(error)) throw error;
        const { startYear, endYear } = document.plan;
        const plan =
          administration &&
          (await findPlanByPeriod(deps.store.db, administration.id, startYear, endYear));
        throw plan ? await staleProblem(deps, request, plan.id, error) : error;
      });
      return {
        status: outcome.status,
        administrationId: outcome.administrationId,
        planId: outcome.planId,
        edition: outcome.editionNumber,
        changes: outcome.diff,
      };
    },
  });
}

function registerObjectiveWrites(app: FastifyInstance, deps: AppDeps): void {
  const objectives = `${API_PREFIX}/plans/:planId/objectives`;
  /** Stores the objective (new when `previous` is null) as the next edition; answers with it as stored. */
  const store = async (
    request: FastifyRequest,
    planId: number,
    expectedEdition: number | undefined,
    previous: string | null,
    fields: Omit<Objective, "indicators">,
  ) => {
    const edition = required(request, expectedEdition, "expectedEdition");
    const { outcome, document } = await storeEdit(
      deps,
      request,
      planId,
      edition,
      objectiveEdit(planId, previous, fields),
    );
    return {
      planId,
      edition: outcome.edition,
      status: outcome.status,
      objective: objectiveIn(document, fields.code),
    };
  };

  apiRoute(app, {
    ...writeCommon,
    method: "POST",
    path: objectives,
    operationId: "createObjective",
    summary: "Adds an objective to the plan (a new edition)",
    access: "plan.edit",
    params: PlanParams,
    body: NewObjectiveSchema,
    response: ObjectiveWriteResultSchema,
    status: 201,
    handler: async ({ params, body, request }) => {
      const { expectedEdition, ...fields } = body;
      await editablePlan(deps, request, params.planId);
      return store(request, params.planId, expectedEdition, null, fields);
    },
  });

  apiRoute(app, {
    ...writeCommon,
    method: "PUT",
    path: `${objectives}/:code`,
    operationId: "updateObjective",
    summary: "Changes an objective's fields (a new edition); its indicators stay",
    access: "plan.edit",
    params: ObjectiveParams,
    body: ObjectiveUpdateSchema,
    response: ObjectiveWriteResultSchema,
    handler: async ({ params, body, request }) => {
      const { expectedEdition, ...fields } = body;
      const plan = await editablePlan(deps, request, params.planId);
      objectiveIn(plan.document, params.code);
      const code = params.code;
      return store(request, params.planId, expectedEdition, code, { ...fields, code });
    },
  });
}

function registerIndicatorWrites(app: FastifyInstance, deps: AppDeps): void {
  const indicators = `${API_PREFIX}/plans/:planId/objectives/:code/indicators`;
  const IndicatorParams = ObjectiveParams.extend({
    indicatorCode: z.string().min(1).max(100).describe("Indicator code"),
  });
  /** Stores the indicator as the plan's next edition and answers with it as stored. */
  const store = async (
    request: FastifyRequest,
    params: { planId: number; code: string },
    expectedEdition: number | undefined,
    before: Indicator | undefined,
    indicator: Indicator,
  ) => {
    const edition = required(request, expectedEdition, "expectedEdition");
    const { outcome, document } = await storeEdit(
      deps,
      request,
      params.planId,
      edition,
      indicatorEdit(params.planId, params.code, before, indicator),
      indicator,
    );
    return {
      planId: params.planId,
      edition: outcome.edition,
      status: outcome.status,
      objectiveCode: params.code,
      indicator: indicatorIn(objectiveIn(document, params.code), indicator.code),
    };
  };

  apiRoute(app, {
    ...writeCommon,
    method: "POST",
    path: indicators,
    operationId: "createIndicator",
    summary: "Adds an indicator to an objective (a new edition)",
    access: "plan.edit",
    params: ObjectiveParams,
    body: NewIndicatorSchema,
    response: IndicatorWriteResultSchema,
    status: 201,
    handler: async ({ params, body, request }) => {
      const plan = await editablePlan(deps, request, params.planId);
      objectiveIn(plan.document, params.code);
      const indicator = indicatorFrom(body, body.code);
      return store(request, params, body.expectedEdition, undefined, indicator);
    },
  });

  apiRoute(app, {
    ...writeCommon,
    method: "PUT",
    path: `${indicators}/:indicatorCode`,
    operationId: "updateIndicator",
    summary: "Changes an indicator: description, kind, targets, weight (a new edition)",
    access: "plan.edit",
    params: IndicatorParams,
    body: IndicatorUpdateSchema,
    response: IndicatorWriteResultSchema,
    handler: async ({ params, body, request }) => {
      const plan = await editablePlan(deps, request, params.planId);
      const before = indicatorIn(objectiveIn(plan.document, params.code), params.indicatorCode);
      const indicator = indicatorFrom(body, params.indicatorCode, before);
      return store(request, params, body.expectedEdition, before, indicator);
    },
  });
}

function registerMeasurementWrite(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(app, {
    ...writeCommon,
    method: "PUT",
    path: `${API_PREFIX}/campaigns/:campaignId/measurements/:objectiveCode/:indicatorCode`,
    operationId: "putMeasurement",
    summary: "Enters or corrects an indicator's measurement in an open campaign",
    description:
      "The value is typed by the indicator's kind. A head of unit's token reaches only the objectives of their unit and below. `expectedVersion` (or If-Match) is the version read, 0 for a new measurement: if someone changed it since, 409 names the fields.",
    access: "measurement.write",
    params: z.object({
      campaignId: z.coerce.number().int().min(1),
      objectiveCode: z.string().min(1).max(100),
      indicatorCode: z.string().min(1).max(100),
    }),
    body: MeasurementInputSchema,
    response: MeasurementSchema,
    otherStatuses: [201],
    statusOf: (result) => (result.version === 1 ? 201 : 200),
    handler: async ({ params, body, request }) => {
      const version = required(request, body.expectedVersion, "expectedVersion");
      try {
        const view = await recordMeasurement(
          deps.store,
          currentUser(request),
          {
            campaignId: params.campaignId,
            objectiveCode: params.objectiveCode,
            indicatorCode: params.indicatorCode,
            value: body.value,
            note: body.note ?? null,
            expectedVersion: version,
          },
          deps.now(),
        );
        return { ...view, campaignId: params.campaignId };
      } catch (error) {
        if (
          error instanceof AppError &&
          error.code === "invalid_input" &&
          error.messageCode.startsWith("measurement.")
        ) {
          const lang = apiLang(request);
          throw new ApiInputError([
            { field: "body.value", message: translate(error.messageCode, error.params, lang) },
          ]);
        }
        throw error;
      }
    },
  });
}

/** Every write operation. */
export function registerWrites(app: FastifyInstance, deps: AppDeps): void {
  registerPlanImport(app, deps);
  registerObjectiveWrites(app, deps);
  registerIndicatorWrites(app, deps);
  registerMeasurementWrite(app, deps);
}
