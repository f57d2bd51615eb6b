/**
 * The publication generation: a number that grows whenever what the public
 * sees changes (a plan or campaign published or withdrawn, an administration's
 * registry data changed), with the time it last changed. Rendered public
 * pages, data files and API reads are kept by it; a new generation makes them
 * all stale at once, and its time is their Last-Modified.
 *
 * It lives in the database (installation_setting), so every process of an
 * installation sees it; a process re-reads it at most once per second, and
 * at once after it published something itself.
 */
import type { Db } from "../../store/database.ts";

const KEY = "publication_generation";
const RECHECK_MS = 1000;

export interface Generation {
  value: number;
  /** ISO time of the change that made this generation ("" before any). */
  changedAt: string;
}

interface Known extends Generation {
  readAt: number;
  local: number;
}

const known = new WeakMap<object, Known>();
/** Bumped by this process when it publishes: a read after it never sees the old generation. */
let localChanges = 0;

function parse(value: string | undefined): Generation {
  if (!value) return { value: 0, changedAt: "" };
  const [n, at] = value.split("|");
  return { value: Number(n) || 0, changedAt: at ?? "" };
}

/** Called in the transaction that changed what is public. */
export async function bumpGeneration(db: Db, now = new Date()): Promise<void> {
  const row = await db
    .selectFrom("installation_setting")
    .select("value")
    .where("key", "=", KEY)
    .executeTakeFirst();
  const next = `${parse(row?.value).value + 1}|${now.toISOString()}`;
  if (row) {
    await db
      .updateTable("installation_setting")
      .set({ value: next })
      .where("key", "=", KEY)
      .execute();
  } else {
    await db.insertInto("installation_setting").values({ key: KEY, value: next }).execute();
  }
  localChanges += 1;
}

/** The current generation, read from the database at most once per second. */
export async function publicationGeneration(db: Db, nowMs = Date.now()): Promise<Generation> {
  const cached = known.get(db);
  if (cached && cached.local === localChanges && nowMs - cached.readAt < RECHECK_MS) {
    return cached;
  }
  const local = localChanges;
  const row = await db
    .selectFrom("installation_setting")
    .select("value")
    .where("key", "=", KEY)
    .executeTakeFirst();
  const fresh: Known = { ...parse(row?.value), readAt: nowMs, local };
  known.set(db, fresh);
  return fresh;
}
