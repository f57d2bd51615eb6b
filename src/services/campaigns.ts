/**
 * Monitoring campaigns: opened per plan year (mid-year or year-end), they
 * collect figures and are closed; at closing their results are frozen, so a
 * closed campaign reads the same whatever changes later.
 */
import { type Actor, can } from "../domain/authorization.ts";
import { isValidIsoDate } from "../domain/dates.ts";
import { affectedRows, type Store, writeTransaction } from "../store/database.ts";
import { getCampaign } from "../store/repositories/campaign.repository.ts";
import type { MonitoringCampaignRow } from "../store/tables/cycle.table.ts";
import { recordAudit } from "./audit.ts";
import { conflictError } from "./conflict.ts";
import { AppError } from "./errors.ts";
import { refreshIndicatorResults } from "./indicator-results.ts";
import { computePerformance } from "./performance.ts";
import { resolvePlan } from "./plan-edition.ts";

export const CAMPAIGN_KINDS = ["midyear", "yearend"] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export interface OpenCampaign {
  planId: number;
  year: number;
  kind: CampaignKind;
  /** ISO date; by default 30 June (mid-year) or 31 December (year-end) of the year. */
  referenceDate?: string;
}

export function defaultReferenceDate(year: number, kind: CampaignKind): string {
  return kind === "midyear" ? `${year}-06-30` : `${year}-12-31`;
}

export async function openCampaign(
  store: Store,
  actor: Actor,
  input: OpenCampaign,
  now = new Date(),
) {
  const plan = await resolvePlan(store.db, { planId: input.planId });
  if (!can(actor, "campaign.manage", { administrationId: plan.administrationId })) {
    throw new AppError("forbidden", "auth.forbidden");
  }
  if (input.year < plan.startYear || input.year > plan.endYear) {
    throw new AppError("invalid_input", "campaign.yearOutsidePlan", {
      year: String(input.year),
      period: `${plan.startYear}-${plan.endYear}`,
    });
  }
  const referenceDate = input.referenceDate ?? defaultReferenceDate(input.year, input.kind);
  if (!isValidIsoDate(referenceDate) || !referenceDate.startsWith(String(input.year))) {
    throw new AppError("invalid_input", "campaign.badReferenceDate", {
      date: referenceDate,
      year: String(input.year),
    });
  }
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const inserted = await tx
      .insertInto("monitoring_campaign")
      .values({
        administration_id: plan.administrationId,
        plan_id: plan.planId,
        year: input.year,
        kind: input.kind,
        reference_date: referenceDate,
        status: "open",
        opened_at: at,
        opened_by: actor.username,
        closed_at: null,
        closed_by: null,
      })
      .onConflict((oc) => oc.columns(["plan_id", "year", "kind"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) {
      throw new AppError("conflict", "campaign.exists", {
        year: String(input.year),
        kind: input.kind,
      });
    }
    const campaign = (await getCampaign(tx, inserted.id)) as MonitoringCampaignRow;
    await refreshIndicatorResults(tx, campaign.id);
    await recordAudit(tx, {
      administrationId: plan.administrationId,
      entity: "campaign",
      entityKey: String(campaign.id),
      action: "open",
      actor: actor.username,
      at,
      after: campaign,
    });
    return campaign;
  });
}

/** Closes the campaign and freezes its results; `expectedVersion` guards against a concurrent change. */
export async function closeCampaign(
  store: Store,
  actor: Actor,
  campaignId: number,
  expectedVersion?: number,
  now = new Date(),
): Promise<MonitoringCampaignRow> {
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const campaign = await requireOpenCampaign(tx, actor, campaignId, "campaign.manage");
    const version = expectedVersion ?? campaign.version;
    const report = await computePerformance(tx, campaignId);
    await refreshIndicatorResults(tx, campaignId);
    const updated = await tx
      .updateTable("monitoring_campaign")
      .set((eb) => ({
        status: "closed",
        closed_at: at,
        closed_by: actor.username,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", campaignId)
      .where("version", "=", version)
      .executeTakeFirst();
    if (affectedRows(updated) === 0) {
      throw conflictError("campaign", String(campaignId), {
        current: campaign,
        proposed: { ...campaign, status: "closed" },
        version: campaign.version,
        by: campaign.closed_by ?? campaign.opened_by,
        at: campaign.closed_at ?? campaign.opened_at,
      });
    }
    const closed = { ...report, campaign: { ...report.campaign, status: "closed" } };
    await tx
      .insertInto("campaign_result")
      .values({
        campaign_id: campaignId,
        administration_id: campaign.administration_id,
        result: JSON.stringify(closed),
        frozen_at: at,
      })
      .execute();
    const after = (await getCampaign(tx, campaignId)) as MonitoringCampaignRow;
    await recordAudit(tx, {
      administrationId: campaign.administration_id,
      entity: "campaign",
      entityKey: String(campaignId),
      action: "close",
      actor: actor.username,
      at,
      before: campaign,
      after,
    });
    return after;
  });
}

/** The campaign, if it is open and the actor may act on it; the one check every write makes. */
export async function requireOpenCampaign(
  db: Parameters<typeof getCampaign>[0],
  actor: Actor,
  campaignId: number,
  action: "campaign.manage" | "measurement.write" | "forecast.write" | "neutralisation.write",
): Promise<MonitoringCampaignRow> {
  const campaign = await getCampaign(db, campaignId);
  if (!campaign) throw new AppError("not_found", "campaign.notFound", { id: String(campaignId) });
  if (!can(actor, action, { administrationId: campaign.administration_id })) {
    throw new AppError("forbidden", "auth.forbidden");
  }
  if (campaign.status !== "open") {
    throw new AppError("conflict", "campaign.closed", {
      id: String(campaignId),
      at: campaign.closed_at ?? "",
    });
  }
  return campaign;
}
