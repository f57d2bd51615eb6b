/** Staff pages of section 2.1 and of letters e) f): the public-value chain and the procedures. */
import type { FastifyInstance } from "fastify";
import { loadPublicValueChain } from "../../../services/public-value.ts";
import { chainPage } from "../../../views/pages/public-value/chain.ts";
import { proceduresPage } from "../../../views/pages/public-value/procedures.ts";
import type { AppDeps } from "../../deps.ts";
import { planIdParam, planInScope } from "../../plan-scope.ts";
import { sendPage } from "../../render.ts";
import { PLAN_LINKS } from "../plans.ts";

const LINKS = [
  { path: "/valore-pubblico", label: "pv.page.chainTitle" },
  { path: "/procedimenti", label: "pv.page.proceduresTitle" },
];

export function registerPublicValuePages(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  const READ = { config: { access: "plan.read" as const } };
  for (const link of LINKS)
    if (!PLAN_LINKS.some((l) => l.path === link.path)) PLAN_LINKS.push(link);

  app.get("/piani/:planId/valore-pubblico", READ, async (request, reply) => {
    const plan = await planInScope(request, db, planIdParam(request));
    const chain = await loadPublicValueChain(db, plan.planId, plan.document);
    return sendPage(request, reply, (ctx) =>
      chainPage(ctx, { planId: plan.planId, document: plan.document, chain }),
    );
  });

  app.get("/piani/:planId/procedimenti", READ, async (request, reply) => {
    const plan = await planInScope(request, db, planIdParam(request));
    return sendPage(request, reply, (ctx) =>
      proceduresPage(ctx, { planId: plan.planId, document: plan.document }),
    );
  });
}
