/**
 * The seed's year-end campaign of 2025 with the figures of
 * fixtures/monitoring/consuntivo-2025.csv, under an SMVP with 30 days of
 * tolerance losing 2 points a day (the scores test/services/year-end-seed.test.ts works out).
 */
import { readFileSync } from "node:fs";
import { DEFAULT_RULES } from "../../src/domain/achievement/types.ts";
import { readMonitoringSheet } from "../../src/import/monitoring-sheet/read.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { importSheet, type SheetImportOutcome } from "../../src/services/monitoring-sheet.ts";
import { updateSettings } from "../../src/services/settings.ts";
import type { Store } from "../../src/store/database.ts";
import type { CycleFixture } from "./cycle-fixture.ts";

export const YEAR_END_FIGURES = new URL(
  "../../fixtures/monitoring/consuntivo-2025.csv",
  import.meta.url,
);

export async function seedYearEnd(
  store: Store,
  f: CycleFixture,
): Promise<{ campaignId: number; outcome: SheetImportOutcome; sheetProblems: number }> {
  const rules = { ...DEFAULT_RULES, deadline: { toleranceDays: 30, penaltyPerDay: 2 } };
  await updateSettings(store, f.planning, f.administrationId, { rules, indicators: {} }, 0);
  const campaign = await openCampaign(store, f.planning, {
    planId: f.planId,
    year: 2025,
    kind: "yearend",
  });
  const sheet = await readMonitoringSheet(readFileSync(YEAR_END_FIGURES), "consuntivo-2025.csv");
  const outcome = await importSheet(store, f.planning, campaign.id, sheet.rows);
  return { campaignId: campaign.id, outcome, sheetProblems: sheet.diagnostics.length };
}
