/**
 * The plan a page is about, checked against who asks: a user of one
 * administration sees only its plans; a system administrator sees all.
 */
import type { FastifyRequest } from "fastify";
import type { Action } from "../domain/authorization.ts";
import { loadPlanContext, type PlanContext } from "../services/campaign-context.ts";
import { AppError } from "../services/errors.ts";
import { resolvePlan } from "../services/plan-edition.ts";
import type { Db } from "../store/database.ts";
import { listPlans, type PlanSummaryRow } from "../store/repositories/plan.repository.ts";
import { authorise, currentUser } from "./access.ts";

/** A plan id from the URL: a positive whole number, else "no such page". */
export function planIdParam(request: FastifyRequest): number {
  const raw = (request.params as { planId?: string }).planId ?? "";
  if (!/^\d{1,9}$/.test(raw)) throw new AppError("not_found", "plan.notFound", { id: raw });
  return Number(raw);
}

/** The plan with everything pages need (document, unit tree, approved re-programming). */
export async function planInScope(
  request: FastifyRequest,
  db: Db,
  planId: number,
  action: Action = "plan.read",
): Promise<PlanContext & { summary: PlanSummaryRow }> {
  const summary = await resolvePlan(db, { planId });
  authorise(request, action, { administrationId: summary.administrationId });
  return { ...(await loadPlanContext(db, planId)), summary };
}

/** The plans the user may read, most recent first. */
export async function plansInScope(request: FastifyRequest, db: Db): Promise<PlanSummaryRow[]> {
  const user = currentUser(request);
  const plans = await listPlans(db);
  return plans
    .filter((p) => user.administrationId === null || p.administrationId === user.administrationId)
    .sort((a, b) => b.startYear - a.startYear || b.planId - a.planId);
}

/** The plan pages without a plan in their URL are about: the user's most recent one. */
export async function defaultPlan(request: FastifyRequest, db: Db): Promise<PlanSummaryRow> {
  const plans = await plansInScope(request, db);
  const first = plans[0];
  if (!first) throw new AppError("not_found", "plan.noneInDatabase");
  return first;
}
