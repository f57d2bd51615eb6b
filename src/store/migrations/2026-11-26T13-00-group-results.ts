/**
 * The roll-ups of each open campaign (units, positive-action areas, tags, the
 * administration) as the engine computed them when the campaign's records last
 * changed, so reading them for every administration at once is a plain read.
 * Frozen in time: imports nothing from the app.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("group_result")
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "integer", (c) =>
      c.notNull().references("monitoring_campaign.id").onDelete("cascade"),
    )
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("score", "double precision")
    .addColumn("counted", "integer", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("blocked", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("group_result_pk", ["campaign_id", "level", "key"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("group_result").execute();
}
