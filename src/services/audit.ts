/** The audit trail: every change recorded append-only (who, when, before, after, why). */
import { sql } from "kysely";
import type { Db } from "../store/database.ts";
import type { AuditEventRow } from "../store/tables/cycle.table.ts";

export interface AuditEntry {
  administrationId: number;
  entity:
    | "plan"
    | "campaign"
    | "measurement"
    | "measure"
    | "evidence"
    | "forecast"
    | "reprogramming"
    | "neutralisation"
    | "settings"
    | "objective"
    | "indicator"
    | "unit"
    | "validation"
    | "publication"
    | "api_token"
    | "section_records";
  entityKey: string;
  action: string;
  actor: string;
  at: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_event")
    .values({
      administration_id: entry.administrationId,
      entity: entry.entity,
      entity_key: entry.entityKey,
      action: entry.action,
      actor: entry.actor,
      at: entry.at,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
    })
    .execute();
}

export interface AuditRecord {
  id: number;
  entity: string;
  entityKey: string;
  action: string;
  actor: string;
  at: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

function toRecord(row: AuditEventRow): AuditRecord {
  return {
    id: row.id,
    entity: row.entity,
    entityKey: row.entity_key,
    action: row.action,
    actor: row.actor,
    at: row.at,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
    reason: row.reason,
  };
}

/** The history of one record, oldest first; `entityKey` may end in "*" for every key with that prefix. */
export async function listAudit(
  db: Db,
  administrationId: number,
  filter: { entity?: string; entityKey?: string } = {},
): Promise<AuditRecord[]> {
  let query = db
    .selectFrom("audit_event")
    .selectAll()
    .where("administration_id", "=", administrationId);
  if (filter.entity) query = query.where("entity", "=", filter.entity);
  if (filter.entityKey?.endsWith("*"))
    query = query.where("entity_key", "like", `${filter.entityKey.slice(0, -1)}%`);
  else if (filter.entityKey) query = query.where("entity_key", "=", filter.entityKey);
  const rows = await query.orderBy("id").execute();
  return rows.map(toRecord);
}

/** Entries of these kinds whose key is one of `keys` or starts with one of `prefixes`. */
export interface AuditSelector {
  entities: string[];
  keys?: string[];
  prefixes?: string[];
}

/**
 * The entries any selector matches, oldest first, chosen by the database:
 * a record's page reads its own history, not the administration's whole trail.
 */
export async function listAuditMatching(
  db: Db,
  administrationId: number,
  selectors: AuditSelector[],
): Promise<AuditRecord[]> {
  const useful = selectors.filter((s) => (s.keys?.length ?? 0) + (s.prefixes?.length ?? 0) > 0);
  if (useful.length === 0) return [];
  const rows = await db
    .selectFrom("audit_event")
    .selectAll()
    .where("administration_id", "=", administrationId)
    .where((eb) =>
      eb.or(
        useful.map((s) =>
          eb.and([
            eb("entity", "in", s.entities),
            eb.or([
              ...(s.keys?.length ? [eb("entity_key", "in", s.keys)] : []),
              // substr rather than LIKE: keys may hold % or _, and both engines count characters alike.
              ...(s.prefixes ?? []).map((prefix) =>
                eb(sql<string>`substr(entity_key, 1, ${prefix.length})`, "=", prefix),
              ),
            ]),
          ]),
        ),
      ),
    )
    .orderBy("id")
    .execute();
  return rows.map(toRecord);
}
