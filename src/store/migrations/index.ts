import type { Migration, MigrationProvider } from "kysely";
import * as foundation from "./2026-11-26T10-00-foundation.ts";
import * as performanceCycle from "./2026-11-26T11-00-performance-cycle.ts";
import * as indicatorResults from "./2026-11-26T12-00-indicator-results.ts";
import * as groupResults from "./2026-11-26T13-00-group-results.ts";
import * as web from "./2026-12-01T10-00-web.ts";
import * as publication from "./2026-12-02T10-00-publication.ts";
import * as sectionRecords from "./2026-12-03T10-00-section-records.ts";

/**
 * Migrations are listed here rather than read from the folder, so they work
 * the same under tsx, in tests and in a bundled build. Names sort by time.
 */
const migrations: Record<string, Migration> = {
  "2026-11-26T10-00-foundation": foundation,
  "2026-11-26T11-00-performance-cycle": performanceCycle,
  "2026-11-26T12-00-indicator-results": indicatorResults,
  "2026-11-26T13-00-group-results": groupResults,
  "2026-12-01T10-00-web": web,
  "2026-12-02T10-00-publication": publication,
  "2026-12-03T10-00-section-records": sectionRecords,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
