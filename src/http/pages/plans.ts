/** The home page, the list of plans and a plan's overview with its completeness check. */
import type { FastifyInstance } from "fastify";
import { type Action, roleMay } from "../../domain/authorization.ts";
import { checkPlan } from "../../domain/check.ts";
import { planOverviewPage, plansPage } from "../../views/pages/plan-overview.ts";
import type { AppDeps } from "../deps.ts";
import { planIdParam, planInScope, plansInScope } from "../plan-scope.ts";
import { sendPage } from "../render.ts";

/** Pages of a plan that other modules add to its overview, in order; `action`: only for roles that may. */
export const PLAN_LINKS: { path: string; label: string; action?: Action }[] = [];

export function registerPlanRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  app.get("/", { config: { access: "public" } }, (request, reply) =>
    reply.redirect(request.user ? "/piani" : "/accesso", 303),
  );

  app.get("/piani", { config: { access: "plan.read" } }, async (request, reply) => {
    const plans = await plansInScope(request, db);
    return sendPage(request, reply, (ctx) => plansPage(ctx, plans));
  });

  app.get("/piani/:planId", { config: { access: "plan.read" } }, async (request, reply) => {
    const plan = await planInScope(request, db, planIdParam(request));
    const report = checkPlan(plan.document);
    const role = request.user?.role;
    const links = PLAN_LINKS.filter((l) => !l.action || (role && roleMay(role, l.action)));
    return sendPage(request, reply, (ctx) =>
      planOverviewPage(
        ctx,
        plan.summary,
        plan.document,
        report,
        links.map((l) => ({ href: `/piani/${plan.planId}${l.path}`, label: ctx.t(l.label) })),
      ),
    );
  });
}
