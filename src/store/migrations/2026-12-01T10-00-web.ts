/**
 * The web application: sign-in sessions, a secret per installation (CSRF and
 * cookie signing), calendar tokens and OpenID Connect subjects of users,
 * uploads waiting for confirmation, and the reminders already sent.
 * Frozen in time: imports nothing from the app.
 */
import { type Kysely, PostgresAdapter } from "kysely";

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
  const blob = isPostgres(db) ? "bytea" : "blob";

  await db.schema
    .createTable("installation_setting")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  await db.schema.alterTable("app_user").addColumn("calendar_token", "text").execute();
  await db.schema.alterTable("app_user").addColumn("oidc_subject", "text").execute();
  await db.schema.alterTable("app_user").addColumn("password_changed_at", "text").execute();
  await db.schema
    .createIndex("app_user_calendar_token")
    .on("app_user")
    .column("calendar_token")
    .unique()
    .execute();
  await db.schema
    .createIndex("app_user_oidc_subject")
    .on("app_user")
    .column("oidc_subject")
    .unique()
    .execute();

  await db.schema
    .createTable("web_session")
    // SHA-256 of the token the cookie carries: a stolen table opens no session.
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) =>
      c.notNull().references("app_user.id").onDelete("cascade"),
    )
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("web_session_user").on("web_session").column("user_id").execute();

  await createTable(db, "pending_upload")
    .addColumn("administration_id", "integer", (c) =>
      c.references("administration.id").onDelete("cascade"),
    )
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("content", blob, (c) => c.notNull())
    .addColumn("campaign_id", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  // The Nucleo di valutazione's (and the planning office's) comments on an objective: kept, never edited.
  await createTable(db, "objective_comment")
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("objective_code", "text", (c) => c.notNull())
    .addColumn("campaign_id", "integer", (c) =>
      c.references("monitoring_campaign.id").onDelete("cascade"),
    )
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("objective_comment_objective")
    .on("objective_comment")
    .columns(["administration_id", "plan_id", "objective_code"])
    .execute();

  // The score the Nucleo validates beside the computed one, with its reason ("" objective: the administration).
  await createTable(db, "score_validation")
    .addColumn("administration_id", "integer", (c) =>
      c.notNull().references("administration.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "integer", (c) =>
      c.notNull().references("monitoring_campaign.id").onDelete("cascade"),
    )
    .addColumn("objective_code", "text", (c) => c.notNull())
    .addColumn("computed_score", "double precision")
    .addColumn("validated_score", "double precision", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("validated_by", "text", (c) => c.notNull())
    .addColumn("validated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("score_validation_campaign")
    .on("score_validation")
    .columns(["campaign_id", "objective_code"])
    .execute();

  await db.schema
    .createTable("reminder_sent")
    // What was announced to whom, e.g. "campaign:3:closing:7d:rossi", so no one is told twice.
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("administration_id", "integer", (c) =>
      c.references("administration.id").onDelete("cascade"),
    )
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("reminder_sent").execute();
  await db.schema.dropTable("score_validation").execute();
  await db.schema.dropTable("objective_comment").execute();
  await db.schema.dropTable("pending_upload").execute();
  await db.schema.dropTable("web_session").execute();
  await db.schema.dropIndex("app_user_oidc_subject").execute();
  await db.schema.dropIndex("app_user_calendar_token").execute();
  await db.schema.alterTable("app_user").dropColumn("password_changed_at").execute();
  await db.schema.alterTable("app_user").dropColumn("oidc_subject").execute();
  await db.schema.alterTable("app_user").dropColumn("calendar_token").execute();
  await db.schema.dropTable("installation_setting").execute();
}
