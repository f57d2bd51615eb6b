/**
 * `/piani/:planId/iter`: the approval workflow of the plan's sections, for
 * everyone who reads the plan; the moves for the planning office and
 * administrators (plan.workflow), each a CSRF-protected form.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { can } from "../../../domain/authorization.ts";
import { isWorkflowUnit } from "../../../domain/workflow.ts";
import { AppError } from "../../../services/errors.ts";
import { resolvePlan } from "../../../services/plan-edition.ts";
import { moveSection, workflowState } from "../../../services/section-workflow.ts";
import { workflowHref, workflowPage } from "../../../views/pages/workflow/index.ts";
import { authorise } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { formValues } from "../../forms.ts";
import { planIdParam } from "../../plan-scope.ts";
import { sendPage } from "../../render.ts";
import { doneAndShow, refusal } from "../monitoring/common.ts";
import { PLAN_LINKS } from "../plans.ts";

const MoveForm = z.object({
  to: z.string().max(40).default(""),
  note: z.string().max(2000).default(""),
});

/** The section of the URL: a workflow unit, else "no such page". */
function sectionParam(request: FastifyRequest): string {
  const section = (request.params as { section?: string }).section ?? "";
  if (!isWorkflowUnit(section)) {
    throw new AppError("not_found", "workflow.unknownSection", { section: section.slice(0, 20) });
  }
  return section;
}

export function registerWorkflowRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;
  if (!PLAN_LINKS.some((l) => l.path === "/iter")) {
    PLAN_LINKS.push({ path: "/iter", label: "workflow.title" });
  }

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    refused?: { section: string; message: string; note: string },
  ) {
    const plan = await resolvePlan(store.db, { planId: planIdParam(request) });
    const user = authorise(request, "plan.read", { administrationId: plan.administrationId });
    const state = await workflowState(store.db, plan.planId);
    return sendPage(
      request,
      reply,
      (ctx) =>
        workflowPage(ctx, {
          planId: plan.planId,
          period: `${plan.startYear}-${plan.endYear}`,
          state,
          canMove: can(user, "plan.workflow", { administrationId: plan.administrationId }),
          ...(refused ? { refusal: refused } : {}),
        }),
      refused ? 400 : 200,
    );
  }

  app.get("/piani/:planId/iter", { config: { access: "plan.read" } }, (request, reply) =>
    show(request, reply),
  );

  app.post(
    "/piani/:planId/iter/:section",
    { config: { access: "plan.workflow" } },
    async (request, reply) => {
      const plan = await resolvePlan(store.db, { planId: planIdParam(request) });
      const user = authorise(request, "plan.workflow", { administrationId: plan.administrationId });
      const section = sectionParam(request);
      const form = MoveForm.safeParse(formValues(request.body));
      const data = form.success ? form.data : { to: "", note: "" };
      try {
        const step = await moveSection(store, user, {
          planId: plan.planId,
          section,
          to: data.to,
          note: data.note,
          now: deps.now(),
        });
        return doneAndShow(request, reply, workflowHref(plan.planId), "workflow.moved", {
          section,
          to: `msg:workflow.stage.${step.to}`,
        });
      } catch (error) {
        const message = refusal(error, request.lang, ["invalid_input", "conflict"]);
        return show(request, reply, { section, message, note: data.note });
      }
    },
  );
}
