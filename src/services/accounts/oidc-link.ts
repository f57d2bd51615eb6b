/**
 * Who an OpenID Connect identity (SPID/CIE through a gateway) is here: the
 * account already linked to its subject, or, the first time, the account
 * with its e-mail address, which is then linked. Nobody else gets in: no
 * account is made automatically (least privilege).
 */
import type { Db } from "../../store/database.ts";

export interface OidcIdentity {
  sub: string;
  email?: string | undefined;
  /** As the provider states it; an address it says is unverified is not trusted. */
  emailVerified?: boolean | undefined;
}

/** The id of the user to sign in, or null when the person has no account (or it is disabled). */
export async function userForIdentity(db: Db, identity: OidcIdentity): Promise<number | null> {
  const linked = await db
    .selectFrom("app_user")
    .select(["id", "disabled"])
    .where("oidc_subject", "=", identity.sub)
    .executeTakeFirst();
  if (linked) return linked.disabled ? null : linked.id;
  const email = identity.email?.trim().toLowerCase();
  if (!email || identity.emailVerified === false) return null;
  const candidates = await db
    .selectFrom("app_user")
    .select(["id", "email", "disabled"])
    .where("oidc_subject", "is", null)
    .where("email", "is not", null)
    .execute();
  const matches = candidates.filter((c) => c.email?.trim().toLowerCase() === email);
  // Two accounts with one address: which one is meant is not ours to guess.
  const only = matches.length === 1 ? matches[0] : undefined;
  if (!only || only.disabled) return null;
  await db
    .updateTable("app_user")
    .set({ oidc_subject: identity.sub })
    .where("id", "=", only.id)
    .execute();
  return only.id;
}
