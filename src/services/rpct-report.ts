/**
 * Gathers the RPCT report's data: the plan, the campaign whose measure
 * statuses it reports (the one asked for, else the plan's latest year-end
 * campaign, else its latest campaign; none when none was opened).
 */
import type { RpctData } from "../documents/compose/rpct.ts";
import type { PlanDocument } from "../domain/plan.ts";
import type { Db } from "../store/database.ts";
import { listCampaigns } from "../store/repositories/campaign.repository.ts";
import { AppError } from "./errors.ts";
import { measureStatuses } from "./measure-monitoring.ts";

export async function rpctData(
  db: Db,
  plan: PlanDocument,
  planId: number,
  campaignId?: number,
): Promise<RpctData> {
  const campaigns = await listCampaigns(db, planId);
  const chosen =
    campaignId === undefined
      ? (campaigns.filter((c) => c.kind === "yearend").at(-1) ?? campaigns.at(-1))
      : campaigns.find((c) => c.id === campaignId);
  if (campaignId !== undefined && !chosen) {
    throw new AppError("not_found", "campaign.notFound", { id: String(campaignId) });
  }
  if (!chosen) return { plan, campaign: null, statuses: new Map() };
  return {
    plan,
    campaign: {
      id: chosen.id,
      year: chosen.year,
      kind: chosen.kind,
      referenceDate: chosen.reference_date,
    },
    statuses: await measureStatuses(db, chosen.id),
  };
}
