/**
 * Keeps `indicator_result` in step with the records: after every write that
 * can change a score (a measurement, a neutralisation, the rules, an approved
 * re-programming, a new edition of the plan), the engine's result for each
 * indicator of the affected open campaigns is stored again. The database can
 * then roll results up for many administrations at once (rollup.repository.ts);
 * closed campaigns keep the results they had when they closed.
 */
import type { Db } from "../store/database.ts";
import { computePerformance } from "./performance.ts";

const CHUNK = 400;

export async function refreshIndicatorResults(tx: Db, campaignId: number): Promise<void> {
  const report = await computePerformance(tx, campaignId);
  const administrationId = (
    await tx
      .selectFrom("monitoring_campaign")
      .select("administration_id")
      .where("id", "=", campaignId)
      .executeTakeFirstOrThrow()
  ).administration_id;
  const rows = report.objectives.flatMap((o) =>
    o.indicators.map((i) => ({
      administration_id: administrationId,
      campaign_id: campaignId,
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
  await tx.deleteFrom("indicator_result").where("campaign_id", "=", campaignId).execute();
  for (let k = 0; k < rows.length; k += CHUNK) {
    await tx
      .insertInto("indicator_result")
      .values(rows.slice(k, k + CHUNK))
      .execute();
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
