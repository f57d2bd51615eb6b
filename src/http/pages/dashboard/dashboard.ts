/** `/cruscotto`: the achievement of a campaign, computed and validated side by side. */
import type { FastifyInstance } from "fastify";
import { roleMay } from "../../../domain/authorization.ts";
import { campaignPerformance } from "../../../services/performance.ts";
import { currentValidations } from "../../../services/score-validation.ts";
import { dashboardPage, noCampaignPage } from "../../../views/pages/dashboard/dashboard.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { sendPage } from "../../render.ts";
import { chosenCampaign } from "./campaign-scope.ts";

export function registerDashboardPage(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  app.get("/cruscotto", { config: { access: "plan.read" } }, async (request, reply) => {
    const user = currentUser(request);
    const { campagna } = request.query as { campagna?: string };
    const { planTitle, campaigns, chosen } = await chosenCampaign(request, db, campagna);
    if (!chosen) {
      return sendPage(request, reply, (ctx) =>
        noCampaignPage(ctx, planTitle, roleMay(user.role, "campaign.manage")),
      );
    }
    const report = await campaignPerformance(db, chosen.id);
    const validations = await currentValidations(db, chosen.id);
    return sendPage(request, reply, (ctx) =>
      dashboardPage(ctx, {
        campaigns,
        report,
        validations,
        canValidate: roleMay(user.role, "validation.write"),
      }),
    );
  });
}
