/**
 * Probes PostgreSQL once for the whole run. Without a server the PostgreSQL
 * tests skip with one line; with PIAO_REQUIRE_PG=1 (set by .ci/run) that is a failure.
 */
import pg from "pg";
import type { TestProject } from "vitest/node";

export const DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/test";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.PIAO_TEST_PG_URL ?? DEFAULT_PG_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    project.provide("pgUrl", url);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (process.env.PIAO_REQUIRE_PG === "1") {
      throw new Error(
        `PostgreSQL is required (PIAO_REQUIRE_PG=1) but ${url} is not reachable: ${why}`,
      );
    }
    console.warn(`PostgreSQL tests skipped: ${url} is not reachable (${why}).`);
    project.provide("pgUrl", null);
  } finally {
    await client.end().catch(() => {});
  }
}
