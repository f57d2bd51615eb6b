/**
 * The staff pages of a plan (sections 3.1–3.3 and the gender statistics),
 * for whoever may read the plan, and the public gender-statistics page of a
 * published plan. Not the user accounts (that is ../people.ts).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { publishedPlanByPeriod } from "../../../services/public/read.ts";
import { genderPage, staffPage } from "../../../views/pages/people-plan/pages.ts";
import { publicGenderPage } from "../../../views/pages/people-plan/public.ts";
import type { AppDeps } from "../../deps.ts";
import { planIdParam, planInScope } from "../../plan-scope.ts";
import { sendPublicPage } from "../../public/page.ts";
import { sendPage } from "../../render.ts";
import { PLAN_LINKS } from "../plans.ts";

const LINKS = [
  { path: "/personale", label: "peoplePlan.staff.title" },
  { path: "/statistiche-genere", label: "peoplePlan.gender.title" },
];

type Params = Record<string, string | undefined>;
const param = (request: FastifyRequest, name: string) => (request.params as Params)[name] ?? "";

export function registerPeoplePlanPages(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  for (const link of LINKS)
    if (!PLAN_LINKS.some((l) => l.path === link.path)) PLAN_LINKS.push(link);
  const READ = { config: { access: "plan.read" as const } };

  app.get("/piani/:planId/personale", READ, async (request, reply) => {
    const plan = await planInScope(request, db, planIdParam(request));
    return sendPage(request, reply, (ctx) =>
      staffPage(ctx, { planId: plan.planId, document: plan.document }),
    );
  });

  app.get("/piani/:planId/statistiche-genere", READ, async (request, reply) => {
    const plan = await planInScope(request, db, planIdParam(request));
    return sendPage(request, reply, (ctx) =>
      genderPage(ctx, { planId: plan.planId, document: plan.document }),
    );
  });

  app.get(
    "/trasparenza/enti/:administrationId/piao/:period/statistiche-genere",
    { config: { access: "public" } },
    (request, reply) =>
      sendPublicPage(request, reply, db, async (ctx) => {
        const id = param(request, "administrationId");
        if (!/^[1-9]\d{0,8}$/.test(id)) return null;
        const plan = await publishedPlanByPeriod(db, Number(id), param(request, "period"));
        return plan ? publicGenderPage(ctx, plan) : null;
      }),
  );
}
