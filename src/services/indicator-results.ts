/**
 * Keeps `indicator_result` and `group_result` in step with the records: after
 * every write that can change a score (a measurement, a neutralisation, the
 * rules, an approved re-programming, a new edition of the plan), the engine's
 * result for each indicator of the affected open campaigns, and the roll-ups
 * it computed, are stored again. The database can then give every roll-up of
 * many administrations at once (rollup.repository.ts); closed campaigns keep
 * the results they had when they closed.
 */
import type { Achievement } from "../domain/achievement/types.ts";
import type { Db } from "../store/database.ts";
import { computePerformance, type PerformanceReport } from "./performance.ts";

const CHUNK = 400;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < rows.length; k += CHUNK) out.push(rows.slice(k, k + CHUNK));
  return out;
}

function indicatorRows(report: PerformanceReport, administrationId: number) {
  return report.objectives.flatMap((o) =>
    o.indicators.map((i) => ({
      administration_id: administrationId,
      campaign_id: report.campaign.id,
      objective_code: o.code,
      indicator_code: i.code,
      state: i.result.state,
      score: i.result.score,
      counted: i.result.counted ? 1 : 0,
      weight: i.result.weight,
      blocked: i.result.blocked ? 1 : 0,
      objective_neutralised: o.neutralisedReason === null ? 0 : 1,
    })),
  );
}

/** The report's roll-ups: units that have objectives, areas, tags and the administration. */
function groupRows(report: PerformanceReport, administrationId: number) {
  const row = (level: string, key: string, a: Achievement) => ({
    administration_id: administrationId,
    campaign_id: report.campaign.id,
    level,
    key,
    score: a.score,
    counted: a.counted,
    total: a.total,
    blocked: a.blocked ? 1 : 0,
  });
  return [
    ...report.units
      .filter((u) => u.achievement.total > 0)
      .map((u) => row("unit", u.key, u.achievement)),
    ...report.positiveActions.map((a) => row("area", String(a.number), a.achievement)),
    ...report.tags.map((t) => row("tag", t.tag, t.achievement)),
    row("administration", "", report.administration.achievement),
  ];
}

export async function refreshIndicatorResults(tx: Db, campaignId: number): Promise<void> {
  const report = await computePerformance(tx, campaignId);
  const { administration_id: administrationId } = await tx
    .selectFrom("monitoring_campaign")
    .select("administration_id")
    .where("id", "=", campaignId)
    .executeTakeFirstOrThrow();
  await tx.deleteFrom("indicator_result").where("campaign_id", "=", campaignId).execute();
  for (const part of chunks(indicatorRows(report, administrationId))) {
    await tx.insertInto("indicator_result").values(part).execute();
  }
  await tx.deleteFrom("group_result").where("campaign_id", "=", campaignId).execute();
  for (const part of chunks(groupRows(report, administrationId))) {
    await tx.insertInto("group_result").values(part).execute();
  }
}

/** Refreshes every open campaign of an administration, or of one of its plans. */
export async function refreshOpenCampaigns(
  tx: Db,
  scope: { administrationId: number; planId?: number },
): Promise<void> {
  let query = tx
    .selectFrom("monitoring_campaign")
    .select("id")
    .where("administration_id", "=", scope.administrationId)
    .where("status", "=", "open");
  if (scope.planId !== undefined) query = query.where("plan_id", "=", scope.planId);
  for (const { id } of await query.orderBy("id").execute()) await refreshIndicatorResults(tx, id);
}
