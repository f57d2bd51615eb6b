/**
 * The performance cycle: users, achievement rules, monitoring campaigns,
 * measurements with evidence, forecasts, re-programming, neutralisation,
 * the frozen results of closed campaigns and the append-only audit trail.
 * Frozen in time: imports nothing from the app.
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from "kysely";

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function createTable(db: Kysely<any>, name: string) {
  const table = db.schema.createTable(name);
  return isPostgres(db)
    ? table.addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}

const adminRef = (c: ColumnDefinitionBuilder) =>
  c.notNull().references("administration.id").onDelete("cascade");
const campaignRef = (c: ColumnDefinitionBuilder) =>
  c.notNull().references("monitoring_campaign.id").onDelete("cascade");
const version = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(1);

async function appendOnly(db: Kysely<any>, table: string): Promise<void> {
  if (isPostgres(db)) {
    await sql`create or replace function piao_append_only() returns trigger as $$
      begin raise exception 'append-only table: % is not allowed', tg_op; end $$ language plpgsql`.execute(
      db,
    );
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function piao_append_only()`.execute(db);
  } else {
    for (const op of ["update", "delete"]) {
      await sql`create trigger ${sql.raw(`${table}_no_${op}`)} before ${sql.raw(op)} on ${sql.table(table)}
        begin select raise(abort, 'append-only table: ${sql.raw(op)} is not allowed'); end`.execute(
        db,
      );
    }
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await createTable(db, "app_user")
    .addColumn("administration_id", "integer", (c) =>
      c.references("administration.id").onDelete("cascade"),
    )
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) =>
      c.notNull().check(sql`role in ('admin', 'planning', 'head', 'evaluator', 'reader')`),
    )
    .addColumn("unit_key", "text")
    .addColumn("email", "text")
    .addColumn("password_hash", "text")
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("achievement_settings")
    .addColumn("administration_id", "integer", (c) =>
      c.primaryKey().references("administration.id").onDelete("cascade"),
    )
    .addColumn("rules", "text", (c) => c.notNull())
    .addColumn("version", "integer", version)
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .execute();

  await createTable(db, "monitoring_campaign")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('midyear', 'yearend')`))
    .addColumn("reference_date", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("opened_by", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addColumn("closed_by", "text")
    .addColumn("version", "integer", version)
    .addUniqueConstraint("campaign_unique", ["plan_id", "year", "kind"])
    .execute();

  // Measurements name their indicator by codes, which stay the same across
  // the plan's editions; the campaign ties them to one plan.
  await createTable(db, "measurement")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("campaign_id", "integer", campaignRef)
    .addColumn("objective_code", "text", (c) => c.notNull())
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("done_on", "text")
    .addColumn("number_value", "double precision")
    .addColumn("boolean_value", "integer")
    .addColumn("note", "text")
    .addColumn("entered_by", "text", (c) => c.notNull())
    .addColumn("entered_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", version)
    .addUniqueConstraint("measurement_unique", ["campaign_id", "objective_code", "indicator_code"])
    .execute();

  await createTable(db, "evidence")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("measurement_id", "integer", (c) =>
      c.notNull().references("measurement.id").onDelete("cascade"),
    )
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("content", isPostgres(db) ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("uploaded_by", "text", (c) => c.notNull())
    .addColumn("uploaded_at", "text", (c) => c.notNull())
    .execute();

  await createTable(db, "objective_forecast")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("campaign_id", "integer", campaignRef)
    .addColumn("objective_code", "text", (c) => c.notNull())
    .addColumn("forecast", "text", (c) =>
      c.notNull().check(sql`forecast in ('on_track', 'at_risk', 'critical')`),
    )
    .addColumn("comment", "text")
    .addColumn("entered_by", "text", (c) => c.notNull())
    .addColumn("entered_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", version)
    .addUniqueConstraint("forecast_unique", ["campaign_id", "objective_code"])
    .execute();

  await createTable(db, "reprogramming")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("objective_code", "text", (c) => c.notNull())
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("change", "text", (c) => c.notNull().check(sql`change in ('target', 'description')`))
    .addColumn("year", "integer")
    .addColumn("original", "text", (c) => c.notNull())
    .addColumn("proposed", "text", (c) => c.notNull())
    .addColumn("justification", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('pending', 'approved', 'rejected')`),
    )
    .addColumn("requested_by", "text", (c) => c.notNull())
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("decided_by", "text")
    .addColumn("decided_at", "text")
    .addColumn("decision_note", "text")
    .addColumn("version", "integer", version)
    .execute();

  await createTable(db, "neutralisation")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("campaign_id", "integer", campaignRef)
    .addColumn("objective_code", "text", (c) => c.notNull())
    .addColumn("indicator_code", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.notNull())
    .addColumn("decided_at", "text", (c) => c.notNull())
    .addUniqueConstraint("neutralisation_unique", [
      "campaign_id",
      "objective_code",
      "indicator_code",
    ])
    .execute();

  await db.schema
    .createTable("campaign_result")
    .addColumn("campaign_id", "integer", (c) =>
      c.primaryKey().references("monitoring_campaign.id").onDelete("cascade"),
    )
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("frozen_at", "text", (c) => c.notNull())
    .execute();

  await createTable(db, "audit_event")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_key", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("before", "text")
    .addColumn("after", "text")
    .addColumn("reason", "text")
    .execute();
  await appendOnly(db, "audit_event");

  await db.schema
    .createIndex("audit_event_entity_idx")
    .on("audit_event")
    .columns(["administration_id", "entity", "entity_key"])
    .execute();
  await db.schema
    .createIndex("measurement_admin_idx")
    .on("measurement")
    .columns(["administration_id", "campaign_id"])
    .execute();
  await db.schema
    .createIndex("reprogramming_plan_idx")
    .on("reprogramming")
    .columns(["administration_id", "plan_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_event",
    "campaign_result",
    "neutralisation",
    "reprogramming",
    "objective_forecast",
    "evidence",
    "measurement",
    "monitoring_campaign",
    "achievement_settings",
    "app_user",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  if (isPostgres(db)) await sql`drop function if exists piao_append_only()`.execute(db);
}
