/**
 * The records of sections 2.1, 2.3 and 3.x, one row per record of an
 * edition (decision 0008); the monitoring of anti-corruption measures in the
 * campaigns; the workflow of each section and of the plan, with its history.
 * Frozen in time: imports nothing from the app.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function createTable(db: Kysely<any>, name: string) {
  const table = db.schema.createTable(name);
  return isPostgres(db)
    ? table.addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}

const STAGES = sql`('draft', 'in_validation', 'validated', 'approval_requested', 'approved', 'published')`;

export async function up(db: Kysely<any>): Promise<void> {
  await createTable(db, "edition_record")
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("edition_id", "integer", (c) =>
      c.notNull().references("plan_edition.id").onDelete("cascade"),
    )
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("collection", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("record_key", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addUniqueConstraint("edition_record_position_unique", [
      "edition_id",
      "field",
      "collection",
      "position",
    ])
    .execute();
  await db.schema
    .createIndex("edition_record_edition_idx")
    .on("edition_record")
    .columns(["administration_id", "edition_id"])
    .execute();

  await createTable(db, "measure_monitoring")
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "integer", (c) =>
      c.notNull().references("monitoring_campaign.id").onDelete("cascade"),
    )
    .addColumn("measure_code", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('implemented', 'partly', 'not_implemented')`),
    )
    .addColumn("reason", "text")
    .addColumn("entered_by", "text", (c) => c.notNull())
    .addColumn("entered_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("measure_monitoring_unique", ["campaign_id", "measure_code"])
    .execute();

  await db.schema
    .createTable("section_workflow")
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("section_code", "text", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull().check(sql`stage in ${STAGES}`))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("section_workflow_pk", ["plan_id", "section_code"])
    .execute();

  await createTable(db, "section_workflow_step")
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("section_code", "text", (c) => c.notNull())
    .addColumn("from_stage", "text", (c) => c.notNull().check(sql`from_stage in ${STAGES}`))
    .addColumn("to_stage", "text", (c) => c.notNull().check(sql`to_stage in ${STAGES}`))
    .addColumn("edition_id", "integer", (c) => c.references("plan_edition.id").onDelete("set null"))
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .execute();
  await db.schema
    .createIndex("section_workflow_step_plan_idx")
    .on("section_workflow_step")
    .columns(["plan_id", "section_code"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "section_workflow_step",
    "section_workflow",
    "measure_monitoring",
    "edition_record",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
