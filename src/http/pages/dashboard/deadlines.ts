/** `/scadenze`: the deadlines of the current year; a head sees their unit by default, all with `?tutte=1`. */
import type { FastifyInstance } from "fastify";
import { deadlineCalendar } from "../../../services/deadlines.ts";
import { deadlinesPage } from "../../../views/pages/dashboard/deadlines.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { defaultPlan } from "../../plan-scope.ts";
import { sendPage } from "../../render.ts";

export function registerDeadlinesPage(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  app.get("/scadenze", { config: { access: "plan.read" } }, async (request, reply) => {
    const user = currentUser(request);
    const all = (request.query as { tutte?: string }).tutte === "1";
    const plan = await defaultPlan(request, db);
    const onlyUnit = user.role === "head" && user.unitKey && !all ? user.unitKey : null;
    const today = deps.now().toISOString().slice(0, 10);
    const calendar = await deadlineCalendar(db, plan.planId, today, onlyUnit);
    return sendPage(request, reply, (ctx) =>
      deadlinesPage(ctx, {
        calendar,
        planTitle: `PIAO ${plan.startYear}-${plan.endYear}`,
        onlyUnit,
        hasUnit: user.role === "head" && user.unitKey !== null,
      }),
    );
  });
}
