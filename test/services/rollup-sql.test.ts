/**
 * The database's roll-up (rollup.repository.ts) against the domain's
 * computeRollup, on the seed plan: the hand-worked year-end file, then random
 * figures, policies and neutralisations. Both must say the same.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Achievement, MeasuredValue } from "../../src/domain/achievement/types.ts";
import { DEFAULT_RULES } from "../../src/domain/achievement/types.ts";
import { readMonitoringSheet } from "../../src/import/monitoring-sheet/read.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { refreshIndicatorResults } from "../../src/services/indicator-results.ts";
import { importSheet } from "../../src/services/monitoring-sheet.ts";
import { computePerformance, type PerformanceReport } from "../../src/services/performance.ts";
import { getSettings, updateSettings } from "../../src/services/settings.ts";
import type { Store } from "../../src/store/database.ts";
import {
  type GroupRow,
  rollupGroups,
  storedRollups,
} from "../../src/store/repositories/rollup.repository.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

const FIXTURE = new URL("../../fixtures/monitoring/consuntivo-2025.csv", import.meta.url);

function expectSame(sqlRow: GroupRow | undefined, a: Achievement, label: string): void {
  expect(sqlRow, label).toBeDefined();
  if (a.score === null) expect(sqlRow?.score, label).toBeNull();
  else expect(sqlRow?.score, label).toBeCloseTo(a.score, 9);
  expect(sqlRow?.counted, label).toBe(a.counted);
  expect(sqlRow?.total, label).toBe(a.total);
  expect(sqlRow?.blocked === 1, label).toBe(a.blocked);
}

/** `stored`: rows as refreshes store them (one administration row, by the rules' mode). */
function compare(report: PerformanceReport, rows: GroupRow[], stored = false): void {
  const find = (level: string, key: string) => rows.find((r) => r.level === level && r.key === key);
  for (const u of report.units) {
    if (u.achievement.total === 0) expect(find("unit", u.key)).toBeUndefined();
    else expectSame(find("unit", u.key), u.achievement, `unit ${u.key}`);
  }
  for (const a of report.positiveActions)
    expectSame(find("area", String(a.number)), a.achievement, `area ${a.number}`);
  for (const t of report.tags) expectSame(find("tag", t.tag), t.achievement, `tag ${t.tag}`);
  const mode =
    stored || report.rules.administrationRollup === "objectives"
      ? "administration"
      : "administration_units";
  const admin = find(mode, "");
  const a = report.administration.achievement;
  expect(admin, `administration row ${mode}`).toBeDefined();
  if (a.score === null) expect(admin?.score).toBeNull();
  else expect(admin?.score).toBeCloseTo(a.score, 9);
}

describeEachEngine("roll-ups in the database", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let f: CycleFixture;
  let campaignId: number;
  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedCycle(store);
    campaignId = (
      await openCampaign(store, f.planning, { planId: f.planId, year: 2025, kind: "yearend" })
    ).id;
  });
  afterAll(async () => dispose());

  it("equal the engine's on the seed's year-end figures", async () => {
    const rules = { ...DEFAULT_RULES, deadline: { toleranceDays: 30, penaltyPerDay: 2 } };
    await updateSettings(store, f.planning, f.administrationId, { rules, indicators: {} }, 0);
    const sheet = await readMonitoringSheet(readFileSync(FIXTURE), "consuntivo-2025.csv");
    await importSheet(store, f.planning, campaignId, sheet.rows);
    const rows = await rollupGroups(store.db, [campaignId]);
    const report = await computePerformance(store.db, campaignId);
    compare(report, rows);
    compare(report, await storedRollups(store.db, [campaignId]), true);
    expect(rows.find((r) => r.level === "administration")?.score).toBeCloseTo(1357.25 / 17, 9);
  });

  it("equal the engine's for random figures, policies and neutralisations", async () => {
    const indicators = (await computePerformance(store.db, campaignId)).objectives.flatMap((o) =>
      o.indicators.map((i) => ({ objective: o.code, code: i.code, kind: i.kind })),
    );
    const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 400 }), fc.constant(-1));
    await fc.assert(
      fc.asyncProperty(
        fc.array(value, { minLength: indicators.length, maxLength: indicators.length }),
        fc.constantFrom("exclude", "zero", "block"),
        fc.constantFrom("objectives", "units"),
        fc.subarray(["1611", "1683", "1715"]),
        async (values, missing, administrationRollup, neutralised) => {
          await store.db.deleteFrom("measurement").where("campaign_id", "=", campaignId).execute();
          await store.db
            .deleteFrom("neutralisation")
            .where("campaign_id", "=", campaignId)
            .execute();
          for (const code of neutralised) {
            await store.db
              .insertInto("neutralisation")
              .values({
                administration_id: f.administrationId,
                campaign_id: campaignId,
                objective_code: code,
                indicator_code: "",
                reason: "causa esterna",
                decided_by: "nucleo",
                decided_at: "2026-01-15",
              })
              .execute();
          }
          const { settings, version } = await getSettings(store.db, f.administrationId);
          await updateSettings(
            store,
            f.planning,
            f.administrationId,
            { ...settings, rules: { ...settings.rules, missing, administrationRollup } },
            version,
          );
          const rows = indicators.flatMap((ind, k) => {
            const v = values[k];
            if (v === null || v === undefined) return [];
            const measured: MeasuredValue =
              ind.kind === "deadline"
                ? {
                    kind: "deadline",
                    doneOn:
                      v < 0 ? null : new Date(Date.UTC(2025, 0, 1 + v)).toISOString().slice(0, 10),
                  }
                : { kind: ind.kind as "number" | "percent", value: Math.max(0, v) / 4 };
            return [
              {
                row: k + 2,
                objectiveCode: ind.objective,
                indicatorCode: ind.code,
                kind: ind.kind,
                value: measured,
                note: null,
              },
            ];
          });
          await importSheet(store, f.planning, campaignId, rows);
          await store.db.transaction().execute((tx) => refreshIndicatorResults(tx, campaignId));
          compare(
            await computePerformance(store.db, campaignId),
            await rollupGroups(store.db, [campaignId]),
          );
        },
      ),
      { numRuns: 12 },
    );
  });
});
