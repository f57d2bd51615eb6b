/** `/rilevazioni` ("Le mie rilevazioni"): the user's indicators in the open campaigns of their plan. */
import type { FastifyInstance } from "fastify";
import { italianToday, myWorklist } from "../../../services/worklist.ts";
import { worklistPage } from "../../../views/pages/monitoring/worklist.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { defaultPlan } from "../../plan-scope.ts";
import { sendPage } from "../../render.ts";

export function registerWorklistRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  app.get("/rilevazioni", { config: { access: "measurement.write" } }, async (request, reply) => {
    const plan = await defaultPlan(request, db);
    const today = italianToday(deps.now());
    const work = await myWorklist(db, currentUser(request), plan.planId, today);
    return sendPage(request, reply, (ctx) => worklistPage(ctx, plan, work));
  });
}
