import type { Db } from "../database.ts";
import type { MonitoringCampaignRow } from "../tables/cycle.table.ts";

export async function getCampaign(db: Db, id: number): Promise<MonitoringCampaignRow | undefined> {
  return db.selectFrom("monitoring_campaign").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listCampaigns(db: Db, planId?: number): Promise<MonitoringCampaignRow[]> {
  let query = db.selectFrom("monitoring_campaign").selectAll();
  if (planId !== undefined) query = query.where("plan_id", "=", planId);
  return query.orderBy("year").orderBy("kind").execute();
}
