/** How many rows a table holds: what tests compare to show that nothing (or something) was written. */

import type { Store } from "../../src/store/database.ts";
import type { Database } from "../../src/store/schema.ts";

export async function tableCount(store: Store, table: keyof Database): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
