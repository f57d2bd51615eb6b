/**
 * Indicator results as the achievement engine computed them, kept per open
 * campaign so the database can roll them up for many administrations at once
 * (comparisons, national figures). Frozen in time: imports nothing from the app.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("indicator_result")
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "integer", (c) =>
      c.notNull().references("monitoring_campaign.id").onDelete("cascade"),
    )
    .addColumn("objective_code", "text", (c) => c.notNull())
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("score", "double precision")
    .addColumn("counted", "integer", (c) => c.notNull())
    .addColumn("weight", "double precision", (c) => c.notNull())
    .addColumn("blocked", "integer", (c) => c.notNull())
    /** 1 when the whole objective was neutralised by the Nucleo di valutazione. */
    .addColumn("objective_neutralised", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("indicator_result_pk", [
      "campaign_id",
      "objective_code",
      "indicator_code",
    ])
    .execute();
  await db.schema
    .createIndex("indicator_result_admin_idx")
    .on("indicator_result")
    .columns(["administration_id", "campaign_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("indicator_result").execute();
}
