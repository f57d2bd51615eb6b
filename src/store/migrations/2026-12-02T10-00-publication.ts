/**
 * Publication: which edition of a plan is public, with the metadata the
 * national Portale PIAO records (approval act, authority, date, link, fewer
 * than 50 employees); which closed campaigns are public; API tokens scoped
 * to an administration and a role. Frozen in time: imports nothing from the app.
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

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("plan_publication")
    .addColumn("plan_id", "integer", (c) =>
      c.primaryKey().references("plan.id").onDelete("cascade"),
    )
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("edition_id", "integer", (c) =>
      c.notNull().references("plan_edition.id").onDelete("cascade"),
    )
    .addColumn("approval_date", "text", (c) => c.notNull())
    .addColumn("approval_act", "text", (c) => c.notNull())
    .addColumn("approving_authority", "text", (c) => c.notNull())
    .addColumn("document_url", "text")
    .addColumn("small_administration", "integer", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("published_by", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("plan_publication_admin_idx")
    .on("plan_publication")
    .column("administration_id")
    .execute();

  await db.schema
    .createTable("campaign_publication")
    .addColumn("campaign_id", "integer", (c) =>
      c.primaryKey().references("monitoring_campaign.id").onDelete("cascade"),
    )
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("published_by", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("campaign_publication_plan_idx")
    .on("campaign_publication")
    .column("plan_id")
    .execute();

  await createTable(db, "api_token")
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) =>
      c.notNull().check(sql`role in ('planning', 'head', 'evaluator', 'reader')`),
    )
    .addColumn("unit_key", "text")
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("token_prefix", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text")
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("revoked_by", "text")
    .execute();
  await db.schema
    .createIndex("api_token_admin_idx")
    .on("api_token")
    .column("administration_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["api_token", "campaign_publication", "plan_publication"]) {
    await db.schema.dropTable(table).execute();
  }
}
