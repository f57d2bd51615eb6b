/**
 * Everything the page of one objective shows beside the plan's text: the
 * measurements of each campaign, the achievement in the open (or last)
 * campaign, the history of its records and the editions that changed it.
 */
import type { Objective } from "../domain/plan.ts";
import { diffPlans } from "../domain/plan-diff.ts";
import type { Db } from "../store/database.ts";
import { listCampaigns } from "../store/repositories/campaign.repository.ts";
import { listMeasurements } from "../store/repositories/measurement.repository.ts";
import { listEditions } from "../store/repositories/plan.repository.ts";
import type { MonitoringCampaignRow } from "../store/tables/cycle.table.ts";
import type { ObjectiveCommentRow } from "../store/tables/web.table.ts";
import { type AuditRecord, listAuditMatching } from "./audit.ts";
import type { PlanContext } from "./campaign-context.ts";
import { AppError } from "./errors.ts";
import { type MeasurementView, toView } from "./measurements.ts";
import { listObjectiveComments } from "./objective-comments.ts";
import { campaignPerformance, type ObjectiveReport } from "./performance.ts";
import { recordKey } from "./plan-editing.ts";
import { loadPlanDocument } from "./plan-edition.ts";

/** A record of the objective in an edition: "added", or the names of the fields that changed. */
export interface RecordChange {
  indicator: string | null;
  fields: string[];
}

export interface EditionChange {
  number: number;
  documentDate: string | null;
  importedAt: string;
  /** What changed: the objective itself (indicator null) or one of its indicators. */
  changes: RecordChange[];
}

export interface ObjectiveRecord {
  objective: Objective;
  campaigns: { campaign: MonitoringCampaignRow; measurements: MeasurementView[] }[];
  /** In the open campaign, else the last one; null before any campaign. */
  achievement: { campaign: MonitoringCampaignRow; report: ObjectiveReport | null } | null;
  history: AuditRecord[];
  editions: EditionChange[];
  comments: ObjectiveCommentRow[];
}

export function findObjective(ctx: PlanContext, code: string): Objective {
  const objective = ctx.document.objectives.find((o) => o.code === code);
  if (!objective) throw new AppError("not_found", "plan.objective.notFound", { code });
  return objective;
}

/** The objective's own entries, its indicators', and those of its measurements and re-programming. */
async function objectiveHistory(
  db: Db,
  ctx: PlanContext,
  code: string,
  campaignIds: Set<number>,
): Promise<AuditRecord[]> {
  const reprogramming = await db
    .selectFrom("reprogramming")
    .select("id")
    .where("plan_id", "=", ctx.planId)
    .where("objective_code", "=", code)
    .execute();
  const own = recordKey(ctx.planId, code);
  return listAuditMatching(db, ctx.administrationId, [
    { entities: ["objective"], keys: [own] },
    { entities: ["indicator"], prefixes: [`${own}/`] },
    { entities: ["reprogramming"], keys: reprogramming.map((r) => String(r.id)) },
    {
      // Keyed "<campaign>/<objective>/<indicator>".
      entities: ["measurement", "evidence", "neutralisation"],
      prefixes: [...campaignIds].map((id) => `${id}/${code}/`),
    },
  ]);
}

/** The editions in which the objective appeared or changed, by diffing each with the one before. */
async function editionChanges(db: Db, planId: number, code: string): Promise<EditionChange[]> {
  const editions = await listEditions(db, planId);
  const out: EditionChange[] = [];
  let previous: Awaited<ReturnType<typeof loadPlanDocument>>["document"] | null = null;
  for (const edition of editions) {
    const { document } = await loadPlanDocument(db, { planId, edition: edition.number });
    const changes = previous ? changedRecords(diffPlans(previous, document), code) : [];
    if (!previous && document.objectives.some((o) => o.code === code)) {
      changes.push({ indicator: null, fields: ["added"] });
    }
    if (changes.length) {
      out.push({
        number: edition.number,
        documentDate: edition.document_date,
        importedAt: edition.imported_at,
        changes,
      });
    }
    previous = document;
  }
  return out;
}

function changedRecords(diff: ReturnType<typeof diffPlans>, code: string): RecordChange[] {
  if (diff.objectives.added.includes(code)) return [{ indicator: null, fields: ["added"] }];
  const own = diff.objectives.changed.find((c) => c.code === code)?.fields ?? [];
  const prefix = `${code}/`;
  const ofObjective = (key: string) => key.startsWith(prefix);
  const indicator = (key: string) => key.slice(prefix.length);
  return [
    ...(own.length ? [{ indicator: null, fields: own }] : []),
    ...diff.indicators.added
      .filter(ofObjective)
      .map((k) => ({ indicator: indicator(k), fields: ["added"] })),
    ...diff.indicators.changed
      .filter((c) => ofObjective(c.code))
      .map((c) => ({ indicator: indicator(c.code), fields: c.fields })),
  ];
}

export async function loadObjectiveRecord(
  db: Db,
  ctx: PlanContext,
  code: string,
): Promise<ObjectiveRecord> {
  const objective = findObjective(ctx, code);
  const campaignRows = await listCampaigns(db, ctx.planId);
  const campaigns = [];
  for (const campaign of campaignRows) {
    const rows = await listMeasurements(db, ctx.administrationId, campaign.id);
    campaigns.push({
      campaign,
      measurements: rows.filter((r) => r.objective_code === code).map(toView),
    });
  }
  const chosen = campaignRows.find((c) => c.status === "open") ?? campaignRows.at(-1);
  const achievement = chosen
    ? {
        campaign: chosen,
        report:
          (await campaignPerformance(db, chosen.id)).objectives.find((o) => o.code === code) ??
          null,
      }
    : null;
  return {
    objective,
    campaigns,
    achievement,
    history: await objectiveHistory(db, ctx, code, new Set(campaignRows.map((c) => c.id))),
    editions: await editionChanges(db, ctx.planId, code),
    comments: await listObjectiveComments(db, ctx.administrationId, ctx.planId, code),
  };
}
