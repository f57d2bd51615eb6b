/** Values of the whole installation: the secret that signs cookies, made once at first start. */
import { randomBytes } from "node:crypto";
import type { Db } from "../../store/database.ts";
import { isUniqueViolation } from "../../store/database.ts";

const SECRET_KEY = "cookie_secret";

/**
 * The configured secret (PIAO_SECRET) or the one this installation generated
 * at first start and keeps in its database: never one written in the code.
 */
export async function installationSecret(db: Db, configured: string | null): Promise<string> {
  if (configured) return configured;
  const read = () =>
    db
      .selectFrom("installation_setting")
      .select("value")
      .where("key", "=", SECRET_KEY)
      .executeTakeFirst();
  const existing = await read();
  if (existing) return existing.value;
  try {
    const value = randomBytes(32).toString("base64url");
    await db.insertInto("installation_setting").values({ key: SECRET_KEY, value }).execute();
    return value;
  } catch (error) {
    // Two processes starting at once: the other one wrote it first.
    if (!isUniqueViolation(error)) throw error;
    return (await read())?.value ?? "";
  }
}
