/**
 * What the system administrator does with accounts: list them, the units a
 * head can answer for, a new password shown once, disabling. Every change
 * that takes access away ends the person's open sessions at once.
 */
import type { Actor } from "../../domain/authorization.ts";
import type { OrgUnit } from "../../domain/plan.ts";
import type { Db, Store } from "../../store/database.ts";
import { listPlans } from "../../store/repositories/plan.repository.ts";
import { AppError } from "../errors.ts";
import { loadPlanDocument } from "../plan-edition.ts";
import { createUser, type NewUser } from "../users.ts";
import { generatePassword, setPassword } from "./passwords.ts";
import { endOtherSessions } from "./sessions.ts";

export interface UserListing {
  id: number;
  username: string;
  displayName: string;
  role: string;
  administrationId: number | null;
  unitKey: string | null;
  email: string | null;
  active: boolean;
}

/** An administration with the units of its most recent plan, for the "unit" choice. */
export interface AdministrationUnits {
  administrationId: number;
  name: string;
  units: OrgUnit[];
}

const inScope = (actor: Actor, administrationId: number | null) =>
  actor.administrationId === null || actor.administrationId === administrationId;

export async function listUsers(db: Db, actor: Actor): Promise<UserListing[]> {
  const rows = await db.selectFrom("app_user").selectAll().orderBy("username").execute();
  return rows
    .filter((r) => inScope(actor, r.administration_id))
    .map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      administrationId: r.administration_id,
      unitKey: r.unit_key,
      email: r.email,
      active: r.disabled === 0,
    }));
}

export async function administrationUnits(db: Db, actor: Actor): Promise<AdministrationUnits[]> {
  const latest = new Map<number, number>();
  const names = new Map<number, string>();
  // listPlans gives each administration's newest period first.
  for (const p of await listPlans(db)) {
    if (!inScope(actor, p.administrationId) || latest.has(p.administrationId)) continue;
    latest.set(p.administrationId, p.planId);
    names.set(p.administrationId, p.administrationName);
  }
  const result: AdministrationUnits[] = [];
  for (const [administrationId, planId] of latest) {
    const { document } = await loadPlanDocument(db, { planId });
    result.push({
      administrationId,
      name: names.get(administrationId) ?? "",
      units: document.units,
    });
  }
  return result;
}

async function userInScope(db: Db, actor: Actor, userId: number) {
  const row = await db
    .selectFrom("app_user")
    .select(["id", "username", "administration_id"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!row || !inScope(actor, row.administration_id)) {
    throw new AppError("not_found", "users.notFound", { id: String(userId) });
  }
  return row;
}

/** A new account with a generated password, returned to be shown once. */
export async function createWithPassword(
  store: Store,
  user: NewUser,
  now = new Date(),
): Promise<string> {
  const id = await createUser(store, user, now);
  const password = generatePassword();
  await setPassword(store.db, id, password, now);
  return password;
}

/** A new generated password (returned to be shown once); the user's sessions end. */
export async function resetPassword(
  db: Db,
  actor: Actor,
  userId: number,
  now = new Date(),
): Promise<{ username: string; password: string }> {
  const row = await userInScope(db, actor, userId);
  const password = generatePassword();
  await setPassword(db, row.id, password, now);
  await endOtherSessions(db, row.id);
  return { username: row.username, password };
}

/** Disables or enables an account; disabling ends its sessions. Nobody locks themselves out. */
export async function setActive(
  db: Db,
  actor: Actor,
  userId: number,
  active: boolean,
): Promise<string> {
  const row = await userInScope(db, actor, userId);
  if (!active && row.username === actor.username) {
    throw new AppError("conflict", "users.notYourself");
  }
  await db
    .updateTable("app_user")
    .set({ disabled: active ? 0 : 1 })
    .where("id", "=", row.id)
    .execute();
  if (!active) await endOtherSessions(db, row.id);
  return row.username;
}
