/**
 * The chain of section 2.1 for a plan, with the latest campaign's results:
 * the pure chain (domain/public-value/chain.ts) fed with the performance
 * report of the plan's most recent campaign and the measures' monitoring
 * in that campaign.
 */

import type { PlanDocument } from "../domain/plan.ts";
import {
  type CampaignResults,
  type PublicValueChain,
  publicValueChain,
} from "../domain/public-value/chain.ts";
import { MEASURE_STATUSES, type MeasureStatus } from "../domain/sections/risk.ts";
import type { Db } from "../store/database.ts";
import { listCampaigns } from "../store/repositories/campaign.repository.ts";
import { campaignPerformance } from "./performance.ts";

/** The plan's latest campaign: the latest reference date, year-end before mid-year on a tie. */
export async function latestCampaignId(db: Db, planId: number): Promise<number | null> {
  const campaigns = await listCampaigns(db, planId);
  const sorted = [...campaigns].sort(
    (a, b) =>
      b.reference_date.localeCompare(a.reference_date) ||
      (a.kind === "yearend" ? -1 : 0) - (b.kind === "yearend" ? -1 : 0),
  );
  return sorted[0]?.id ?? null;
}

async function measureStatuses(db: Db, campaignId: number): Promise<Map<string, MeasureStatus>> {
  const rows = await db
    .selectFrom("measure_monitoring")
    .select(["measure_code", "status"])
    .where("campaign_id", "=", campaignId)
    .execute();
  const known = (s: string): s is MeasureStatus =>
    (MEASURE_STATUSES as readonly string[]).includes(s);
  return new Map(
    rows.flatMap((r) => (known(r.status) ? [[r.measure_code, r.status] as const] : [])),
  );
}

/** The chain of `document` (the plan's current edition), with its latest campaign's results. */
export async function loadPublicValueChain(
  db: Db,
  planId: number,
  document: PlanDocument,
): Promise<PublicValueChain> {
  const campaignId = await latestCampaignId(db, planId);
  if (campaignId === null) return publicValueChain(document, null);
  const report = await campaignPerformance(db, campaignId);
  const results: CampaignResults = report;
  return publicValueChain(document, results, await measureStatuses(db, campaignId));
}
