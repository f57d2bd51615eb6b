/**
 * API tokens: how another system (the protocol register, a BI tool, the
 * administration's site) calls the REST API as one role of one
 * administration. The secret is shown once when the token is made and only
 * its SHA-256 is kept; a token is revoked, or expires, and is then refused.
 * Only the administration's administrators make and revoke tokens
 * ("token.manage"; a system administrator for every administration), and
 * every change is in the audit trail.
 */
import { createHash, randomBytes } from "node:crypto";
import { type Actor, can, type Role, roleMay } from "../domain/authorization.ts";
import { isValidIsoDate } from "../domain/dates.ts";
import type { Diagnostic } from "../domain/diagnostics.ts";
import { type Db, type Store, writeTransaction } from "../store/database.ts";
import { listPlans } from "../store/repositories/plan.repository.ts";
import type { ApiTokenRow } from "../store/tables/publication.table.ts";
import { recordAudit } from "./audit.ts";
import { AppError } from "./errors.ts";
import { loadPlanDocument } from "./plan-edition.ts";
import { resolveUnitKey } from "./users.ts";

/** The roles a token may have: never an administrator's (tokens do not manage tokens or users). */
export const TOKEN_ROLES = ["planning", "head", "evaluator", "reader"] as const satisfies Role[];
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** Every secret starts so: a scanner for leaked secrets can recognise it. */
export const TOKEN_PREFIX = "piao_";
/** Characters of the secret kept in clear to tell tokens apart in a list. */
const SHOWN = TOKEN_PREFIX.length + 6;
/** last_used_at is written at most this often per token. */
const USE_PRECISION_MS = 60_000;
const MAX_NAME = 100;

export interface NewApiToken {
  administrationId: number;
  name: string;
  role: TokenRole;
  /** For a head: the unit (key, or its name when unambiguous). */
  unit?: string | null;
  /** Last day of validity (ISO yyyy-mm-dd, Italian time); none: until revoked. */
  expiresOn?: string | null;
}

export interface ApiTokenView {
  id: number;
  administrationId: number;
  name: string;
  role: TokenRole;
  unitKey: string | null;
  /** The first characters of the secret, "piao_Ab12Cd". */
  prefix: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  state: "active" | "expired" | "revoked";
}

/** The actor an API request acts as: the token's role and administration. */
export interface TokenActor extends Actor {
  administrationId: number;
  tokenId: number;
  tokenName: string;
}

export const hashToken = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** The name the audit trail shows for what a token did. */
export const tokenUsername = (name: string) => `api:${name}`;

function stateOf(row: ApiTokenRow, now: Date): ApiTokenView["state"] {
  if (row.revoked_at !== null) return "revoked";
  if (row.expires_at !== null && row.expires_at <= now.toISOString()) return "expired";
  return "active";
}

function toView(row: ApiTokenRow, now: Date): ApiTokenView {
  return {
    id: row.id,
    administrationId: row.administration_id,
    name: row.name,
    role: row.role as TokenRole,
    unitKey: row.unit_key,
    prefix: row.token_prefix,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    state: stateOf(row, now),
  };
}

/** The instant a day ends in Italy (midnight after it, Europe/Rome), as ISO text. */
export function endOfItalianDay(isoDate: string): string {
  const next = new Date(`${isoDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const offset = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Rome",
    timeZoneName: "longOffset",
  })
    .formatToParts(next)
    .find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(offset ?? "");
  const zone = m ? `${m[1]}:${m[2] ?? "00"}` : "+01:00";
  return new Date(`${next.toISOString().slice(0, 10)}T00:00:00${zone}`).toISOString();
}

/** The last day a token is valid (ISO date, Italian time), from when it expires. */
export function lastValidDay(expiresAt: string): string {
  const instant = new Date(new Date(expiresAt).getTime() - 1);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(instant);
}

function requireManage(actor: Actor, administrationId: number): void {
  if (!can(actor, "token.manage", { administrationId })) {
    throw new AppError("forbidden", "auth.forbidden");
  }
}

const invalid = (field: string, code: string, params: Record<string, string> = {}): Diagnostic => ({
  severity: "error",
  code,
  params,
  line: null,
  field,
});

/** The units a head's token may answer for: those of the administration's most recent plan. */
async function administrationUnits(db: Db, administrationId: number) {
  const plan = (await listPlans(db)).find((p) => p.administrationId === administrationId);
  if (!plan) return [];
  return (await loadPlanDocument(db, { planId: plan.planId })).document.units;
}

async function checked(db: Db, input: NewApiToken, now: Date) {
  const problems: Diagnostic[] = [];
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_NAME || /\p{Cc}/u.test(name)) {
    problems.push(invalid("name", "apiToken.badName", { max: String(MAX_NAME) }));
  }
  if (!TOKEN_ROLES.includes(input.role)) {
    problems.push(invalid("role", "apiToken.badRole", { role: String(input.role) }));
  }
  let unitKey: string | null = null;
  if (input.role === "head") {
    if (!input.unit?.trim()) problems.push(invalid("unit", "apiToken.headNeedsUnit"));
    else {
      try {
        unitKey = resolveUnitKey(await administrationUnits(db, input.administrationId), input.unit);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problems.push(invalid("unit", error.messageCode, error.params as Record<string, string>));
      }
    }
  }
  let expiresAt: string | null = null;
  if (input.expiresOn) {
    if (!isValidIsoDate(input.expiresOn)) {
      problems.push(invalid("expiresOn", "apiToken.badExpiry"));
    } else {
      expiresAt = endOfItalianDay(input.expiresOn);
      if (expiresAt <= now.toISOString())
        problems.push(invalid("expiresOn", "apiToken.pastExpiry"));
    }
  }
  if (problems.length > 0) throw new AppError("invalid_input", "apiToken.invalid", {}, problems);
  const taken = await db
    .selectFrom("api_token")
    .select("id")
    .where("administration_id", "=", input.administrationId)
    .where("name", "=", name)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (taken) {
    throw new AppError("conflict", "apiToken.nameTaken", { name }, [
      invalid("name", "apiToken.nameTaken", { name }),
    ]);
  }
  return { name, unitKey, expiresAt };
}

/** Makes a token; the secret is returned once and never stored. */
export async function createApiToken(
  store: Store,
  actor: Actor,
  input: NewApiToken,
  now = new Date(),
): Promise<{ token: ApiTokenView; secret: string }> {
  requireManage(actor, input.administrationId);
  const administration = await store.db
    .selectFrom("administration")
    .select("id")
    .where("id", "=", input.administrationId)
    .executeTakeFirst();
  if (!administration) {
    throw new AppError("not_found", "apiToken.noAdministration", {
      id: String(input.administrationId),
    });
  }
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const { name, unitKey, expiresAt } = await checked(tx, input, now);
    const row = await tx
      .insertInto("api_token")
      .values({
        administration_id: input.administrationId,
        name,
        role: input.role,
        unit_key: unitKey,
        token_hash: hashToken(secret),
        token_prefix: secret.slice(0, SHOWN),
        created_by: actor.username,
        created_at: at,
        expires_at: expiresAt,
        last_used_at: null,
        revoked_at: null,
        revoked_by: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      administrationId: input.administrationId,
      entity: "api_token",
      entityKey: String(row.id),
      action: "create",
      actor: actor.username,
      at,
      after: { name, role: input.role, unitKey, expiresAt, prefix: row.token_prefix },
    });
    return { token: toView(row, now), secret };
  });
}

/** The tokens the actor manages, newest first: of one administration, or of all for a system administrator. */
export async function listApiTokens(
  db: Db,
  actor: Actor,
  administrationId?: number,
  now = new Date(),
): Promise<ApiTokenView[]> {
  if (!roleMay(actor.role, "token.manage")) throw new AppError("forbidden", "auth.forbidden");
  const scope = actor.administrationId ?? administrationId;
  if (scope !== undefined) requireManage(actor, scope);
  let query = db.selectFrom("api_token").selectAll();
  if (scope !== undefined) query = query.where("administration_id", "=", scope);
  const rows = await query.orderBy("created_at", "desc").orderBy("id", "desc").execute();
  return rows.map((r) => toView(r, now));
}

/** Revokes a token at once; revoking one already revoked changes nothing. */
export async function revokeApiToken(
  store: Store,
  actor: Actor,
  tokenId: number,
  now = new Date(),
): Promise<ApiTokenView> {
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const row = await tx
      .selectFrom("api_token")
      .selectAll()
      .where("id", "=", tokenId)
      .executeTakeFirst();
    if (!row || !can(actor, "token.manage", { administrationId: row.administration_id })) {
      throw new AppError("not_found", "apiToken.notFound", { id: String(tokenId) });
    }
    if (row.revoked_at !== null) return toView(row, now);
    const revoked = { ...row, revoked_at: at, revoked_by: actor.username };
    await tx
      .updateTable("api_token")
      .set({ revoked_at: at, revoked_by: actor.username })
      .where("id", "=", tokenId)
      .execute();
    await recordAudit(tx, {
      administrationId: row.administration_id,
      entity: "api_token",
      entityKey: String(row.id),
      action: "revoke",
      actor: actor.username,
      at,
      before: { name: row.name, role: row.role, prefix: row.token_prefix },
    });
    return toView(revoked, now);
  });
}

/**
 * The actor of a secret, or null when it is unknown, revoked or expired.
 * Records when it was last used, at most once a minute (a busy client does
 * not write on every call).
 */
export async function tokenActor(
  db: Db,
  secret: string,
  now = new Date(),
): Promise<TokenActor | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const row = await db
    .selectFrom("api_token")
    .selectAll()
    .where("token_hash", "=", hashToken(secret))
    .executeTakeFirst();
  if (!row || stateOf(row, now) !== "active") return null;
  const at = now.toISOString();
  const stale = new Date(now.getTime() - USE_PRECISION_MS).toISOString();
  if (row.last_used_at === null || row.last_used_at <= stale) {
    await db
      .updateTable("api_token")
      .set({ last_used_at: at })
      .where("id", "=", row.id)
      .where((eb) => eb.or([eb("last_used_at", "is", null), eb("last_used_at", "<=", stale)]))
      .execute();
  }
  return {
    username: tokenUsername(row.name),
    role: row.role as TokenRole,
    administrationId: row.administration_id,
    unitKey: row.unit_key,
    tokenId: row.id,
    tokenName: row.name,
  };
}
