/**
 * Sign-in sessions kept in the database. The browser holds a random token;
 * the table holds only its SHA-256, so reading the table opens no session.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Actor, Role } from "../../domain/authorization.ts";
import type { Db } from "../../store/database.ts";
import { verifyPassword } from "./passwords.ts";

/** A session ends after 8 hours without a request (a working day), and after 7 days in any case. */
export const IDLE_MINUTES = 8 * 60;
export const MAX_DAYS = 7;

/** Who is signed in: the actor services take, with what pages show of them. */
export interface SignedInUser extends Actor {
  userId: number;
  displayName: string;
  email: string | null;
  hasPassword: boolean;
}

const tokenId = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(db: Db, userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insertInto("web_session")
    .values({
      id: tokenId(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + MAX_DAYS * 86_400_000).toISOString(),
      last_seen_at: now.toISOString(),
    })
    .execute();
  return token;
}

/** The user of a live session, or null; a live session's idle clock restarts. */
export async function sessionUser(
  db: Db,
  token: string,
  now = new Date(),
): Promise<SignedInUser | null> {
  const row = await db
    .selectFrom("web_session as s")
    .innerJoin("app_user as u", "u.id", "s.user_id")
    .select([
      "s.id as sessionId",
      "s.expires_at",
      "s.last_seen_at",
      "u.id",
      "u.username",
      "u.display_name",
      "u.role",
      "u.administration_id",
      "u.unit_key",
      "u.email",
      "u.password_hash",
      "u.disabled",
    ])
    .where("s.id", "=", tokenId(token))
    .executeTakeFirst();
  if (!row) return null;
  const idleLimit = new Date(row.last_seen_at).getTime() + IDLE_MINUTES * 60_000;
  if (row.disabled || now.toISOString() >= row.expires_at || now.getTime() >= idleLimit) {
    await db.deleteFrom("web_session").where("id", "=", row.sessionId).execute();
    return null;
  }
  // Touch at most once a minute: most requests then only read.
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await db
      .updateTable("web_session")
      .set({ last_seen_at: now.toISOString() })
      .where("id", "=", row.sessionId)
      .execute();
  }
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    administrationId: row.administration_id,
    unitKey: row.unit_key,
    email: row.email,
    hasPassword: row.password_hash !== null,
  };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom("web_session").where("id", "=", tokenId(token)).execute();
}

/** Ends every session of a user but, optionally, the one they are using. */
export async function endOtherSessions(db: Db, userId: number, keepToken?: string): Promise<void> {
  let query = db.deleteFrom("web_session").where("user_id", "=", userId);
  if (keepToken) query = query.where("id", "!=", tokenId(keepToken));
  await query.execute();
}

/** The user whose username and password match, or null (the same time either way). */
export async function checkCredentials(
  db: Db,
  username: string,
  password: string,
): Promise<number | null> {
  const row = await db
    .selectFrom("app_user")
    .select(["id", "password_hash", "disabled"])
    .where("username", "=", username.trim())
    .executeTakeFirst();
  const ok = await verifyPassword(row?.password_hash ?? null, password);
  return ok && row && !row.disabled ? row.id : null;
}
