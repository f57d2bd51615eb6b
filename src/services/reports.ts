/**
 * Documents from the records: gather what a report needs from the store, then
 * compose it (pure, src/documents/compose) into a ReportDocument that any
 * renderer turns into a file.
 */

import {
  composeMonitoring,
  type ForecastEntry,
  type MonitoringData,
  type ReprogrammingEntry,
} from "../documents/compose/monitoring.ts";
import { composePiao } from "../documents/compose/piao.ts";
import { composePositiveActions } from "../documents/compose/positive-actions.ts";
import { composeRelazione } from "../documents/compose/relazione.ts";
import { composeRpct } from "../documents/compose/rpct.ts";
import type { ReportDocument } from "../documents/model.ts";
import { checkPlan } from "../domain/check.ts";
import type { PlanDocument } from "../domain/plan.ts";
import type { Db } from "../store/database.ts";
import { listCampaigns } from "../store/repositories/campaign.repository.ts";
import { AppError } from "./errors.ts";
import { campaignPerformance } from "./performance.ts";
import { loadPlanDocument, resolvePlan } from "./plan-edition.ts";
import { rpctData } from "./rpct-report.ts";

export const REPORT_KINDS = [
  "piao",
  "azioni-positive",
  "monitoraggio",
  "relazione",
  "rpct",
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportRequest {
  kind: ReportKind;
  planId?: number;
  edition?: number;
  /** For monitoraggio and relazione; by default the plan's latest campaign of that kind. */
  campaignId?: number;
}

export interface BuiltReport {
  report: ReportDocument;
  /** The plan as the report states it (for the text format of the PIAO). */
  plan: PlanDocument;
}

async function campaignFor(
  db: Db,
  planId: number,
  kind: "midyear" | "yearend",
  campaignId?: number,
): Promise<number> {
  const campaigns = await listCampaigns(db, planId);
  const chosen =
    campaignId === undefined
      ? campaigns.filter((c) => c.kind === kind).at(-1)
      : campaigns.find((c) => c.id === campaignId);
  if (!chosen) throw new AppError("not_found", `report.noCampaign.${kind}`);
  if (chosen.kind !== kind)
    throw new AppError("invalid_input", `report.wrongCampaignKind.${kind}`, {
      id: String(chosen.id),
    });
  return chosen.id;
}

async function monitoringData(
  db: Db,
  plan: PlanDocument,
  planId: number,
  campaignId: number,
): Promise<MonitoringData> {
  const report = await campaignPerformance(db, campaignId);
  const forecasts = await db
    .selectFrom("objective_forecast")
    .select(["objective_code", "forecast", "comment", "entered_by"])
    .where("campaign_id", "=", campaignId)
    .execute();
  const reprogramming = await db
    .selectFrom("reprogramming")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("id")
    .execute();
  return {
    plan,
    report,
    forecasts: forecasts.map(
      (f): ForecastEntry => ({
        objectiveCode: f.objective_code,
        forecast: f.forecast as ForecastEntry["forecast"],
        comment: f.comment,
        enteredBy: f.entered_by,
      }),
    ),
    reprogramming: reprogramming.map(
      (r): ReprogrammingEntry => ({
        id: r.id,
        objectiveCode: r.objective_code,
        indicatorCode: r.indicator_code,
        change: r.change as ReprogrammingEntry["change"],
        original: JSON.parse(r.original),
        proposed: JSON.parse(r.proposed),
        justification: r.justification,
        status: r.status as ReprogrammingEntry["status"],
        requestedBy: r.requested_by,
        decisionNote: r.decision_note,
      }),
    ),
  };
}

export async function buildReport(db: Db, request: ReportRequest): Promise<BuiltReport> {
  const summary = await resolvePlan(
    db,
    request.planId === undefined ? {} : { planId: request.planId },
  );
  const { document: plan } = await loadPlanDocument(db, {
    planId: summary.planId,
    ...(request.edition === undefined ? {} : { edition: request.edition }),
  });
  switch (request.kind) {
    case "piao":
      return { plan, report: composePiao(plan, checkPlan(plan)) };
    case "azioni-positive":
      return { plan, report: composePositiveActions(plan) };
    case "monitoraggio": {
      const id = await campaignFor(db, summary.planId, "midyear", request.campaignId);
      return {
        plan,
        report: composeMonitoring(await monitoringData(db, plan, summary.planId, id)),
      };
    }
    case "relazione": {
      const id = await campaignFor(db, summary.planId, "yearend", request.campaignId);
      return { plan, report: composeRelazione(await monitoringData(db, plan, summary.planId, id)) };
    }
    case "rpct":
      return {
        plan,
        report: composeRpct(await rpctData(db, plan, summary.planId, request.campaignId)),
      };
  }
}
