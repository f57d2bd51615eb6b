/**
 * The records of sections 2.1, 2.3, 3.x and letters e–f through the API,
 * one operation per group so the OpenAPI document shows each group's schema:
 * with a token, the current edition's group (read) and its replacement
 * (write: a new edition, through the same edit as the browser's); open to
 * all, the group of a published plan (the PIAO is published in full on
 * Amministrazione trasparente; these records name no person, and unit heads
 * are stripped by services/public/read.ts).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Diagnostic } from "../../domain/diagnostics.ts";
import { SECTION_RECORD_FIELDS, type SectionRecordField } from "../../domain/sections/index.ts";
import { translate } from "../../i18n/index.ts";
import { AppError } from "../../services/errors.ts";
import { publishedPlanByPeriod } from "../../services/public/read.ts";
import {
  editErrors,
  fieldInGroup,
  readSectionRecords,
  replaceSectionRecords,
  SECTION_RECORD_GROUPS,
} from "../../services/section-records-editing.ts";
import { currentUser } from "../access.ts";
import type { AppDeps } from "../deps.ts";
import { API_PREFIX, cachedRead } from "./index.ts";
import { ApiProblem, apiLang, type FieldProblem } from "./problem.ts";
import { PlanParams } from "./published-schemas.ts";
import { apiRoute } from "./route.ts";
import {
  PlanPeriodParams,
  publishedRecordsAnswer,
  recordsAnswer,
  recordsBody,
  recordsWriteAnswer,
} from "./section-records-schemas.ts";
import { editablePlan, isStale, required, staleProblem, writeCommon } from "./writes.ts";

/** "publicValue" → "PublicValue", for operation ids. */
const pascal = (group: string) => `${group[0]?.toUpperCase() ?? ""}${group.slice(1)}`;

/**
 * A plan rule's problem by field: inside the group as the body's path
 * ("body.records.processes.0.unitKey"), elsewhere in the plan as its bundle
 * path ("risk.measures.0.publicValueCodes.0"), which the message explains.
 */
function recordProblems(
  diagnostics: readonly Diagnostic[],
  group: SectionRecordField,
  request: FastifyRequest,
): FieldProblem[] {
  const lang = apiLang(request);
  return editErrors(diagnostics).map((d) => {
    const inGroup = fieldInGroup(d.field, group);
    const field =
      inGroup === null
        ? (d.field ?? "").replace(/\[(\d+)\]/g, ".$1")
        : ["body", "records", ...inGroup.split(".").filter(Boolean)].join(".");
    return { field, message: translate(d.code, d.params, lang) };
  });
}

function registerGroup(app: FastifyInstance, deps: AppDeps, group: SectionRecordField): void {
  const path = `${API_PREFIX}/plans/:planId/records/${group}`;
  const section = SECTION_RECORD_FIELDS[group];
  const label = translate(`records.group.${group}`, {}, "en");

  apiRoute(app, {
    method: "GET",
    path,
    operationId: `get${pascal(group)}Records`,
    summary: `${label}: the records of the plan's current edition`,
    description:
      "With an API token of the administration (any role). The answer's `edition` is what a change must send back.",
    tags: ["Section records"],
    access: "plan.read",
    params: PlanParams,
    response: recordsAnswer(group),
    handler: async ({ params, request }) => {
      const plan = await editablePlan(deps, request, params.planId, "plan.read");
      const { planId } = plan.summary;
      return { planId, edition: plan.edition.number, section, records: plan.document[group] };
    },
  });

  apiRoute(app, {
    ...writeCommon,
    tags: ["Section records"],
    method: "PUT",
    path,
    operationId: `put${pascal(group)}Records`,
    summary: `${label}: replaces the records (a new edition)`,
    description:
      "The whole group, as `piao export` writes it. Checked like `piao import`: the schema, then the plan's rules on the whole plan, so removing a record that another one uses is refused naming it. `edition` (or If-Match) is the edition read: if the plan changed since, 409.",
    access: "plan.edit",
    params: PlanParams,
    body: recordsBody(group),
    response: recordsWriteAnswer(group),
    handler: async ({ params, body, request }) => {
      await editablePlan(deps, request, params.planId);
      const expectedEdition = required(request, body.edition, "edition");
      const outcome = await replaceSectionRecords(deps.store, currentUser(request), {
        planId: params.planId,
        group,
        records: body.records,
        expectedEdition,
        now: deps.now,
      }).catch(async (error: unknown) => {
        if (isStale(error)) throw await staleProblem(deps, request, params.planId, error);
        throw error;
      });
      if (!outcome.ok) {
        throw new ApiProblem(
          400,
          translate("records.api.invalid", {}, apiLang(request)),
          recordProblems(outcome.diagnostics, group, request),
        );
      }
      const read = await readSectionRecords(deps.store.db, params.planId, group);
      return {
        planId: read.planId,
        edition: outcome.edition,
        status: outcome.status,
        section,
        records: read.records,
      };
    },
  });

  apiRoute(
    app,
    {
      method: "GET",
      path: `${API_PREFIX}/administrations/:administrationId/plans/:period/records/${group}`,
      operationId: `getPublished${pascal(group)}Records`,
      summary: `${label}: the records of a published plan`,
      tags: ["Published data"],
      access: "public",
      cached: true,
      params: PlanPeriodParams,
      response: publishedRecordsAnswer(group),
      handler: async ({ params }) => {
        const plan = await publishedPlanByPeriod(
          deps.store.db,
          params.administrationId,
          params.period,
        );
        if (!plan) throw new AppError("not_found", "public.notFound");
        return {
          administrationId: plan.meta.administrationId,
          planId: plan.meta.planId,
          period: plan.meta.period,
          editionNumber: plan.meta.editionNumber,
          section,
          records: plan.document[group],
        };
      },
    },
    cachedRead(deps),
  );
}

/** Every group's operations. */
export function registerSectionRecords(app: FastifyInstance, deps: AppDeps): void {
  for (const group of SECTION_RECORD_GROUPS) registerGroup(app, deps, group);
}
