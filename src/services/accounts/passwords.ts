/**
 * Local passwords: argon2id hashes (OWASP's first choice), a length rule
 * rather than composition rules (NIST SP 800-63B §5.1.1), and one-time
 * passwords that the product generates, never a default one.
 */
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { Db } from "../../store/database.ts";
import { AppError } from "../errors.ts";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A fixed hash, so an unknown user costs as much time as a wrong password. */
let decoy: Promise<string> | null = null;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoy ??= hash(randomBytes(16).toString("hex"));
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** 16 characters from an alphabet without look-alikes (0/O, 1/l/I): about 90 bits. */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

export function checkPasswordRule(password: string, field = "password"): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new AppError(
      "invalid_input",
      "account.passwordLength",
      { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH },
      [
        {
          severity: "error",
          code: "account.passwordLength",
          params: { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH },
          line: null,
          field,
        },
      ],
    );
  }
}

/** Sets a user's password (already checked against the rule). */
export async function setPassword(
  db: Db,
  userId: number,
  password: string,
  now = new Date(),
): Promise<void> {
  checkPasswordRule(password);
  await db
    .updateTable("app_user")
    .set({ password_hash: await hashPassword(password), password_changed_at: now.toISOString() })
    .where("id", "=", userId)
    .execute();
}
