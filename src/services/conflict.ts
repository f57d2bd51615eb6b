/** Refusing a stale write, saying what the other writer changed. */
import { canonicalJson } from "../domain/fingerprint.ts";
import { AppError, type FieldChange } from "./errors.ts";

/** Fields whose current value differs from what the writer based its change on. */
export function changedFields(expected: unknown, current: unknown): FieldChange[] {
  const a = (expected ?? {}) as Record<string, unknown>;
  const b = (current ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys
    .filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]))
    .map((field) => ({ field, expected: a[field] ?? null, current: b[field] ?? null }));
}

export interface ConflictFacts {
  /** The record as it is now in the database. */
  current: unknown;
  /** What the refused writer wanted to write. */
  proposed: unknown;
  version: number;
  /** Who made the change the writer did not see, and when. */
  by: string;
  at: string;
}

/** The writer's version is not the current one: refuse, naming the fields that now differ. */
export function conflictError(entity: string, key: string, facts: ConflictFacts): AppError {
  const changes = changedFields(facts.proposed, facts.current);
  return new AppError(
    "conflict",
    `conflict.stale.${entity}`,
    {
      entity,
      key,
      version: String(facts.version),
      by: facts.by,
      at: facts.at,
      fields: changes.map((c) => c.field).join(", ") || "—",
    },
    [],
    changes,
  );
}
