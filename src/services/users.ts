/** Users and the actor a command or request acts as. */
import { type Actor, ROLES, type Role } from "../domain/authorization.ts";
import type { OrgUnit } from "../domain/plan.ts";
import type { Db, Store } from "../store/database.ts";
import { isUniqueViolation } from "../store/database.ts";
import { AppError } from "./errors.ts";

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  administrationId: number | null;
  unitKey?: string | null;
  email?: string | null;
}

/**
 * The key of the unit a head of unit answers for, checked against the plan's
 * units: the full key ("Area X - Settore Y") or, when unambiguous, the unit's
 * own name ("Settore Y") as the template and reports show it.
 */
export function resolveUnitKey(units: readonly OrgUnit[], given: string): string {
  const wanted = given.trim();
  const exact = units.find((u) => u.key === wanted);
  if (exact) return exact.key;
  const byName = units.filter((u) => u.name.toLowerCase() === wanted.toLowerCase());
  if (byName.length === 1) return (byName[0] as OrgUnit).key;
  throw new AppError("invalid_input", "user.unknownUnit", {
    unit: given,
    units: units.map((u) => u.key).join("; ") || "—",
  });
}

export async function createUser(store: Store, user: NewUser, now = new Date()): Promise<number> {
  if (!/^[a-z0-9._-]{2,64}$/i.test(user.username)) {
    throw new AppError("invalid_input", "user.badUsername", { username: user.username });
  }
  if (!ROLES.includes(user.role))
    throw new AppError("invalid_input", "user.badRole", { role: user.role });
  if (user.role === "head" && !user.unitKey)
    throw new AppError("invalid_input", "user.headNeedsUnit");
  try {
    const row = await store.db
      .insertInto("app_user")
      .values({
        username: user.username,
        display_name: user.displayName,
        role: user.role,
        administration_id: user.administrationId,
        unit_key: user.unitKey ?? null,
        email: user.email ?? null,
        password_hash: null,
        created_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("conflict", "user.exists", { username: user.username });
    throw error;
  }
}

export async function findActor(db: Db, username: string): Promise<Actor> {
  const row = await db
    .selectFrom("app_user")
    .selectAll()
    .where("username", "=", username)
    .where("disabled", "=", 0)
    .executeTakeFirst();
  if (!row) throw new AppError("not_found", "user.notFound", { username });
  return {
    username: row.username,
    role: row.role as Role,
    administrationId: row.administration_id,
    unitKey: row.unit_key,
  };
}
