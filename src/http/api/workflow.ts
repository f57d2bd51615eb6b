/**
 * The workflow through the API, with a token: where each section and the
 * plan stand (GET, with the roles that read the audit trail, since the
 * history names who moved what: not a plain reader token), one move
 * (POST, a token of the planning office or an administrator). Through the
 * same service as the page and `piao workflow`, so the rules and the
 * history are the same.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { STAGES } from "../../domain/workflow.ts";
import { resolvePlan } from "../../services/plan-edition.ts";
import { moveSection, workflowState } from "../../services/section-workflow.ts";
import { authorise, currentUser } from "../access.ts";
import type { AppDeps } from "../deps.ts";
import { API_PREFIX } from "./index.ts";
import { PlanParams } from "./published-schemas.ts";
import { apiRoute } from "./route.ts";

const Stage = z
  .enum(STAGES)
  .describe("Stage: draft, in_validation, validated, approval_requested, approved, published");

const StepSchema = z
  .object({
    section: z.string().describe("Section code (1 … 4) or «plan»"),
    from: Stage,
    to: Stage,
    editionId: z.number().int().nullable(),
    actor: z.string(),
    at: z.string().describe("ISO 8601 timestamp"),
    note: z.string().nullable(),
  })
  .meta({ id: "WorkflowStep" });

const WorkflowSchema = z
  .object({
    planId: z.number().int(),
    simplified: z.boolean().describe("Simplified PIAO: fewer than 50 employees"),
    units: z.array(
      z.object({
        section: z.string(),
        stage: Stage,
        required: z.boolean(),
        updatedAt: z.string().nullable(),
        updatedBy: z.string().nullable(),
        moves: z.array(Stage).describe("Stages it may move to (before the rules across sections)"),
      }),
    ),
    history: z.array(StepSchema),
  })
  .meta({ id: "Workflow" });

const MoveParams = PlanParams.extend({
  section: z.string().min(1).max(10).describe("Section code (1, 2.1 … 4) or «plan»"),
});

const MoveBody = z.object({
  to: z.enum(STAGES).describe("The stage to move to"),
  note: z.string().max(2000).nullable().optional().describe("Required when sending back to draft"),
});

export function registerWorkflowApi(app: FastifyInstance, deps: AppDeps): void {
  const path = `${API_PREFIX}/plans/:planId/workflow`;
  const plan = async (
    planId: number,
    action: "audit.read" | "plan.workflow",
    request: Parameters<typeof authorise>[0],
  ) => {
    const summary = await resolvePlan(deps.store.db, { planId });
    authorise(request, action, { administrationId: summary.administrationId });
    return summary;
  };
  const state = async (planId: number) => {
    const s = await workflowState(deps.store.db, planId);
    return {
      planId: s.planId,
      simplified: s.simplified,
      units: s.units.map(({ unit, ...u }) => ({ section: unit, ...u })),
      history: s.history.map(({ unit, ...h }) => ({ section: unit, ...h })),
    };
  };

  apiRoute(app, {
    method: "GET",
    path,
    operationId: "getWorkflow",
    summary: "Where each section and the plan stand in the approval workflow, with the history",
    tags: ["Workflow"],
    access: "audit.read",
    params: PlanParams,
    response: WorkflowSchema,
    handler: async ({ params, request }) => {
      await plan(params.planId, "audit.read", request);
      return state(params.planId);
    },
  });

  apiRoute(app, {
    method: "POST",
    path: `${path}/:section`,
    operationId: "moveWorkflow",
    summary: "Moves a section or the plan one stage forward, or back to draft with a note",
    description:
      "One stage at a time; back to draft (with a note) from in_validation, validated or approval_requested. The plan goes into validation when every required section is, and is approved when every required section is. «published» comes with the publication.",
    tags: ["Workflow"],
    access: "plan.workflow",
    params: MoveParams,
    body: MoveBody,
    response: WorkflowSchema,
    problems: [409],
    handler: async ({ params, body, request }) => {
      await plan(params.planId, "plan.workflow", request);
      await moveSection(deps.store, currentUser(request), {
        planId: params.planId,
        section: params.section,
        to: body.to,
        note: body.note ?? null,
        now: deps.now(),
      });
      return state(params.planId);
    },
  });
}
