/** The plan pages: trees, objectives, the forms that edit a plan, and the audit trail. */
import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../deps.ts";
import { PLAN_LINKS } from "../plans.ts";
import { registerAuditRoutes } from "./audit-routes.ts";
import { registerPlanEditRoutes } from "./edit-routes.ts";
import { registerPlanViewRoutes } from "./view-routes.ts";

const LINKS = [
  { path: "/albero", label: "plan.tree.byAction" },
  { path: "/strutture", label: "plan.tree.byUnit" },
];

export function registerPlanPages(app: FastifyInstance, deps: AppDeps): void {
  for (const link of LINKS)
    if (!PLAN_LINKS.some((l) => l.path === link.path)) PLAN_LINKS.push(link);
  registerPlanViewRoutes(app, deps);
  registerPlanEditRoutes(app, deps);
  registerAuditRoutes(app, deps);
}
