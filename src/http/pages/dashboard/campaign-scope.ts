/** The campaign a page is about (from the URL or the query), checked against who asks. */
import type { FastifyRequest } from "fastify";
import { AppError } from "../../../services/errors.ts";
import type { Db } from "../../../store/database.ts";
import { getCampaign, listCampaigns } from "../../../store/repositories/campaign.repository.ts";
import type { MonitoringCampaignRow } from "../../../store/tables/cycle.table.ts";
import { authorise } from "../../access.ts";
import { defaultPlan } from "../../plan-scope.ts";

/** A campaign id as typed in a URL: a positive whole number, else "no such page". */
export function campaignIdOf(raw: string | undefined): number {
  if (!raw || !/^\d{1,9}$/.test(raw)) {
    throw new AppError("not_found", "campaign.notFound", { id: String(raw ?? "") });
  }
  return Number(raw);
}

/** The campaign, when the user may read its administration's plans. */
export async function campaignInScope(
  request: FastifyRequest,
  db: Db,
  raw: string | undefined,
): Promise<MonitoringCampaignRow> {
  const id = campaignIdOf(raw);
  const campaign = await getCampaign(db, id);
  if (!campaign) throw new AppError("not_found", "campaign.notFound", { id: String(id) });
  authorise(request, "plan.read", { administrationId: campaign.administration_id });
  return campaign;
}

/**
 * The campaigns of the plan the page is about, and the one chosen: the one
 * asked for, else the latest of the user's most recent plan (null: none yet).
 */
export async function chosenCampaign(
  request: FastifyRequest,
  db: Db,
  raw: string | undefined,
): Promise<{
  planTitle: string;
  campaigns: MonitoringCampaignRow[];
  chosen: MonitoringCampaignRow | null;
}> {
  const asked = raw === undefined || raw === "" ? null : await campaignInScope(request, db, raw);
  const plan = asked ? null : await defaultPlan(request, db);
  const planId = asked ? asked.plan_id : (plan?.planId as number);
  // listCampaigns orders by year then kind: "yearend" after "midyear", so the last is the latest.
  const campaigns = await listCampaigns(db, planId);
  const title = plan ? `PIAO ${plan.startYear}-${plan.endYear}` : "";
  return { planTitle: title, campaigns, chosen: asked ?? campaigns.at(-1) ?? null };
}
