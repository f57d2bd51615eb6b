/** Opens the store on SQLite (embedded default) or PostgreSQL, and migrates it. */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Transaction } from "kysely";
import pg from "pg";
import type { StoreTarget } from "../config.ts";
import { migrationProvider } from "./migrations/index.ts";
import type { Database } from "./schema.ts";

export type Engine = StoreTarget["engine"];
/** What repositories take: the database or a transaction opened by a use case. */
export type Db = Kysely<Database> | Transaction<Database>;

export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

export class MigrationError extends Error {}

function sqliteDialect(path: string): SqliteDialect {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database });
}

function postgresDialect(url: string, schema?: string): PostgresDialect {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`invalid schema name: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new PostgresDialect({ pool });
}

export async function openStore(target: StoreTarget): Promise<Store> {
  const dialect =
    target.engine === "sqlite"
      ? sqliteDialect(target.path)
      : postgresDialect(target.url, target.schema);
  const db = new Kysely<Database>({ dialect });
  try {
    await migrateToLatest(db, target.engine === "postgres" ? target.schema : undefined);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, engine: target.engine, close: () => db.destroy() };
}

/**
 * `schema`: where the migration bookkeeping lives when the store uses a
 * PostgreSQL schema other than the default (Kysely looks for its tables in every schema).
 */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? "");
    throw new MigrationError(
      `Aggiornamento del database non riuscito${failed ? ` (migrazione ${failed.migrationName})` : ""}: ${cause}`,
    );
  }
}

/**
 * A transaction for work that writes. On SQLite it starts with BEGIN IMMEDIATE,
 * so a second writer waits for the first (busy_timeout) instead of failing
 * when it upgrades a read snapshot to a write; on PostgreSQL row locks and
 * `version` checks do that job.
 */
export async function writeTransaction<T>(store: Store, work: (tx: Db) => Promise<T>): Promise<T> {
  if (store.engine === "postgres") return store.db.transaction().execute(work);
  return store.db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}

/** A unique constraint refused the row: someone else wrote it first. */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== "object" || !("code" in error)) return false;
  const code = String((error as { code: unknown }).code);
  return (
    code === "23505" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}

/** Rows an INSERT or UPDATE touched, whatever the engine reports it as. */
export function affectedRows(result: unknown): number {
  if (!result || typeof result !== "object") return 0;
  const r = result as { numInsertedOrUpdatedRows?: bigint; numUpdatedRows?: bigint };
  return Number(r.numInsertedOrUpdatedRows ?? r.numUpdatedRows ?? 0);
}
