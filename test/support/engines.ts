/**
 * Runs a suite once per engine: SQLite (a fresh file per suite) and
 * PostgreSQL (a fresh schema per suite, dropped afterwards).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, inject } from "vitest";
import type { StoreTarget } from "../../src/config.ts";
import { openStore, type Store } from "../../src/store/database.ts";

export interface TestEngine {
  name: "sqlite" | "postgres";
  /** Opens a new, empty, migrated store; `dispose` removes it. */
  create(): Promise<{ store: Store; target: StoreTarget; dispose(): Promise<void> }>;
}

let counter = 0;

const sqlite: TestEngine = {
  name: "sqlite",
  async create() {
    const dir = mkdtempSync(join(tmpdir(), "piao-test-"));
    const target: StoreTarget = { engine: "sqlite", path: join(dir, "piao.db") };
    const store = await openStore(target);
    return {
      store,
      target,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

function postgres(url: string): TestEngine {
  return {
    name: "postgres",
    async create() {
      counter += 1;
      const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const target: StoreTarget = { engine: "postgres", url, schema };
      const store = await openStore(target);
      return {
        store,
        target,
        async dispose() {
          await store.close();
          const cleaner = new pg.Client({ connectionString: url });
          await cleaner.connect();
          await cleaner.query(`drop schema ${schema} cascade`);
          await cleaner.end();
        },
      };
    },
  };
}

/** `describe` once per engine; PostgreSQL is skipped only when the global probe found none. */
export function describeEachEngine(title: string, suite: (engine: TestEngine) => void): void {
  const pgUrl = inject("pgUrl");
  describe(`${title} [sqlite]`, () => suite(sqlite));
  if (pgUrl) describe(`${title} [postgres]`, () => suite(postgres(pgUrl)));
  else describe.skip(`${title} [postgres]`, () => suite(postgres("")));
}
