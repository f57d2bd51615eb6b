/**
 * The plan and its records. Frozen in time: it imports nothing from the app,
 * so later changes to the code never change what this migration does.
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from "kysely";

type Builder = ColumnDefinitionBuilder;

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Auto-numbered primary key on both engines. */
function createTable(db: Kysely<any>, name: string) {
  const table = db.schema.createTable(name);
  return isPostgres(db)
    ? table.addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}

const adminRef = (c: Builder) => c.notNull().references("administration.id").onDelete("cascade");
const editionRef = (c: Builder) => c.notNull().references("plan_edition.id").onDelete("cascade");

export async function up(db: Kysely<any>): Promise<void> {
  await createTable(db, "administration")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text")
    .addColumn("region", "text")
    .addColumn("legal_seat", "text")
    .addColumn("population", "double precision")
    .addColumn("area_km2", "double precision")
    .addColumn("website", "text")
    .addColumn("phone", "text")
    .addColumn("pec", "text")
    .addColumn("email", "text")
    .addColumn("tax_code", "text", (c) => c.unique())
    .addColumn("vat_number", "text")
    .addColumn("ipa_code", "text", (c) => c.unique())
    .addColumn("employees", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await createTable(db, "plan")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("start_year", "integer", (c) => c.notNull())
    .addColumn("end_year", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('draft', 'adopted', 'published')`),
    )
    .addColumn("adoption_date", "text")
    .addColumn("current_edition_id", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_period_unique", ["administration_id", "start_year", "end_year"])
    .execute();

  await createTable(db, "plan_edition")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("document_date", "text")
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("administration_snapshot", "text", (c) => c.notNull())
    .addColumn("source_name", "text")
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_edition_number_unique", ["plan_id", "number"])
    .execute();

  await createTable(db, "section")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("edition_id", "integer", editionRef)
    .addColumn("code", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("in_index", "integer", (c) => c.notNull())
    .execute();

  await createTable(db, "org_unit")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("edition_id", "integer", editionRef)
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('area', 'sector', 'office')`))
    .addColumn("parent_id", "integer", (c) => c.references("org_unit.id").onDelete("cascade"))
    .addColumn("head", "text")
    .addUniqueConstraint("org_unit_key_unique", ["edition_id", "key"])
    .execute();

  await createTable(db, "positive_action")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("edition_id", "integer", editionRef)
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addUniqueConstraint("positive_action_number_unique", ["edition_id", "number"])
    .execute();

  await createTable(db, "objective")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("edition_id", "integer", editionRef)
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("org_unit_id", "integer", (c) => c.references("org_unit.id"))
    .addColumn("positive_action_id", "integer", (c) => c.references("positive_action.id"))
    .addColumn("weight", "double precision")
    .addColumn("position", "integer", (c) => c.notNull())
    .addUniqueConstraint("objective_code_unique", ["edition_id", "code"])
    .execute();

  await db.schema
    .createTable("objective_tag")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("objective_id", "integer", (c) =>
      c.notNull().references("objective.id").onDelete("cascade"),
    )
    .addColumn("tag", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("objective_tag_pk", ["objective_id", "tag"])
    .execute();

  await createTable(db, "indicator")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("edition_id", "integer", editionRef)
    .addColumn("objective_id", "integer", (c) =>
      c.notNull().references("objective.id").onDelete("cascade"),
    )
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('deadline', 'number', 'percent', 'boolean')`),
    )
    .addColumn("unit_label", "text", (c) => c.notNull())
    .addColumn("polarity", "text", (c) => c.notNull().check(sql`polarity in ('higher', 'lower')`))
    .addColumn("baseline_number", "double precision")
    .addColumn("baseline_date", "text")
    .addColumn("baseline_boolean", "integer")
    .addColumn("weight", "double precision")
    .addColumn("position", "integer", (c) => c.notNull())
    .addUniqueConstraint("indicator_code_unique", ["edition_id", "objective_id", "code"])
    .execute();

  await createTable(db, "indicator_target")
    .addColumn("administration_id", "integer", adminRef)
    .addColumn("indicator_id", "integer", (c) =>
      c.notNull().references("indicator.id").onDelete("cascade"),
    )
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("number_value", "double precision")
    .addColumn("date_value", "text")
    .addColumn("boolean_value", "integer")
    .addUniqueConstraint("indicator_target_year_unique", ["indicator_id", "year"])
    .execute();

  // Every query filters by administration first (and a distributed PostgreSQL
  // shards by it), so each content table is indexed by (administration, edition).
  for (const table of ["section", "org_unit", "positive_action", "objective", "indicator"]) {
    await db.schema
      .createIndex(`${table}_admin_edition_idx`)
      .on(table)
      .columns(["administration_id", "edition_id"])
      .execute();
  }
  await db.schema
    .createIndex("indicator_target_admin_idx")
    .on("indicator_target")
    .columns(["administration_id", "indicator_id"])
    .execute();
  await db.schema
    .createIndex("plan_edition_plan_idx")
    .on("plan_edition")
    .column("plan_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "indicator_target",
    "indicator",
    "objective_tag",
    "objective",
    "positive_action",
    "org_unit",
    "section",
    "plan_edition",
    "plan",
    "administration",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
