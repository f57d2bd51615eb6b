/**
 * Everything a campaign's work needs, loaded once: the campaign, its plan as
 * the current edition states it, the unit tree, the SMVP settings, and the
 * targets in force after approved re-programming.
 */
import type { UnitParents } from "../domain/authorization.ts";
import type { Indicator, Objective, PlanDocument, TargetValue } from "../domain/plan.ts";
import type { Db } from "../store/database.ts";
import { getCampaign } from "../store/repositories/campaign.repository.ts";
import type { MonitoringCampaignRow } from "../store/tables/cycle.table.ts";
import { AppError } from "./errors.ts";
import { loadPlanDocument } from "./plan-edition.ts";
import { type ApprovedChange, approvedChanges } from "./reprogramming-store.ts";
import { getSettings, type StoredSettings } from "./settings.ts";

export interface PlanContext {
  administrationId: number;
  planId: number;
  document: PlanDocument;
  parents: UnitParents;
  /** Approved re-programming by "objective/indicator", latest last. */
  changes: Map<string, ApprovedChange[]>;
}

export interface CampaignContext extends PlanContext {
  campaign: MonitoringCampaignRow;
  settings: StoredSettings;
}

export const indicatorKey = (objectiveCode: string, indicatorCode: string) =>
  `${objectiveCode}/${indicatorCode}`;

export async function loadCampaignContext(db: Db, campaignId: number): Promise<CampaignContext> {
  const campaign = await getCampaign(db, campaignId);
  if (!campaign) throw new AppError("not_found", "campaign.notFound", { id: String(campaignId) });
  const plan = await loadPlanContext(db, campaign.plan_id);
  return { ...plan, campaign, settings: await getSettings(db, campaign.administration_id) };
}

export async function loadPlanContext(db: Db, planId: number): Promise<PlanContext> {
  const { summary, document } = await loadPlanDocument(db, { planId });
  return {
    administrationId: summary.administrationId,
    planId,
    document,
    parents: new Map(document.units.map((u) => [u.key, u.parentKey])),
    changes: await approvedChanges(db, summary.administrationId, planId),
  };
}

export function findIndicator(
  ctx: PlanContext,
  objectiveCode: string,
  indicatorCode: string,
): { objective: Objective; indicator: Indicator } {
  const objective = ctx.document.objectives.find((o) => o.code === objectiveCode);
  const indicator = objective?.indicators.find((i) => i.code === indicatorCode);
  if (!objective || !indicator) {
    throw new AppError("not_found", "indicator.notFound", {
      objective: objectiveCode,
      indicator: indicatorCode,
    });
  }
  return { objective, indicator };
}

/** The target for a year as the plan set it (target originario). */
export function originalTarget(indicator: Indicator, year: number): TargetValue | null {
  return indicator.targets.find((t) => t.year === year)?.value ?? null;
}

/** The target in force for a year: the latest approved re-programming, else the original. */
export function effectiveTarget(
  ctx: Pick<CampaignContext, "changes">,
  objectiveCode: string,
  indicator: Indicator,
  year: number,
): TargetValue | null {
  const changes = ctx.changes.get(indicatorKey(objectiveCode, indicator.code)) ?? [];
  const latest = changes.filter((c) => c.change === "target" && c.year === year).at(-1);
  return latest ? (latest.proposed as TargetValue) : originalTarget(indicator, year);
}

/** The wording in force: the latest approved re-programming of the description, else the original. */
export function effectiveDescription(
  ctx: Pick<CampaignContext, "changes">,
  objectiveCode: string,
  indicator: Indicator,
): string {
  const changes = ctx.changes.get(indicatorKey(objectiveCode, indicator.code)) ?? [];
  const latest = changes.filter((c) => c.change === "description").at(-1);
  return latest ? (latest.proposed as { description: string }).description : indicator.description;
}
