/**
 * The year-end monitoring of the seed plan, from the measurement file in
 * fixtures/monitoring (as a head of the planning office would fill it), under
 * an SMVP with 30 days of tolerance losing 2 points a day. Every expected
 * score is worked out by hand below, from the targets in the seed.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { computePerformance, type PerformanceReport } from "../../src/services/performance.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { AREA_RISORSE, AREA_SVILUPPO, SETTORE_ISTRUZIONE } from "../support/seed-expected.ts";
import { seedYearEnd } from "../support/year-end-campaign.ts";

/** Objective scores by hand (target → measured → indicator score; objective = mean). */
const OBJECTIVES: Record<string, number | null> = {
  "1609": 100, // 3826 31/01 → 28/01, early: 100
  "1611": (100 + 80 + 100) / 3, // 3830 on the day; 3833 10 days late: 100 − 2·10 = 80; 3836 early
  "1712": 0, // 4119 due 31/12, "non ancora" at 31/12: 0
  "1612": (0 + 100) / 2, // 3842 48 days late, beyond 30: 0; 3843 1 of 1
  "1613": 100, // 3845 early
  "1716": 100, // 4131 missing: not measured, excluded; 4132 early
  "1722": (100 + 0 + 70 + 100 + 92 + 100) / 6, // 4156 not yet: 0; 4158 15 days: 70; 4178 4 days: 92
  "1731": 100, // 4175, 4176 on the day
  "1679": 100, // 4028, 4074 early
  "1628": 0, // 3887 0 of 1
  "1674": 100, // 4009 2 of 1, capped at 100
  "1683": (100 + (2 / 3) * 100) / 2, // 4047 1 of 1; 4078 2 of 3
  "1684": null, // 4048 missing: nothing counts
  "1742": 100, // 4195 1 of 1
  "1782": (100 + 100 + 100 + 40) / 4, // 4334 3 of 2 → 100; 4336 30 days late: 100 − 60 = 40
  "1670": 100, // 4004, 4005 1 of 1
  "1723": (92 + 100 + 100) / 3, // 4160 92 of 100 %; 4162 missing, excluded
  "1715": (85 + 100 + 100 + 0) / 4, // 4127 68 of 80 % = 85; 4199 not yet: 0
};

const mean = (codes: string[]) => {
  const scores = codes
    .map((c) => OBJECTIVES[c])
    .filter((s): s is number => s !== null && s !== undefined);
  return scores.reduce((a, b) => a + b, 0) / scores.length;
};
const RISORSE = ["1609", "1611", "1612", "1613", "1716", "1722", "1731", "1670", "1723", "1715"];
const SETTORE = ["1712", "1679", "1628", "1674", "1683", "1684", "1742", "1782"];

describeEachEngine("the seed's year-end monitoring", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let f: CycleFixture;
  let report: PerformanceReport;
  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedCycle(store);
    const { campaignId, outcome, sheetProblems } = await seedYearEnd(store, f);
    expect(sheetProblems).toBe(0);
    expect(outcome.rows.filter((r) => r.status === "created")).toHaveLength(37);
    expect(outcome.rows.filter((r) => r.status === "empty")).toHaveLength(3);
    report = await computePerformance(store.db, campaignId);
  });
  afterEach(async () => dispose());

  it("scores every objective as worked out by hand", () => {
    for (const o of report.objectives) {
      const expected = OBJECTIVES[o.code];
      if (expected === null) expect(o.achievement.score, o.code).toBeNull();
      else expect(o.achievement.score, o.code).toBeCloseTo(expected as number, 9);
    }
  });

  it("says why an indicator scores low or not at all: non rilevato, not yet done, late by so many days", () => {
    const indicator = (code: string) =>
      report.objectives.flatMap((o) => o.indicators).find((i) => i.code === code);
    expect(indicator("4131")?.result).toMatchObject({
      state: "not_measured",
      score: null,
      counted: false,
    });
    expect(indicator("4119")?.result).toMatchObject({ state: "scored", score: 0 });
    expect(indicator("3842")?.result).toMatchObject({ state: "scored", score: 0, delayDays: 48 });
    expect(indicator("4336")?.result).toMatchObject({ state: "scored", score: 40, delayDays: 30 });
    expect(indicator("4160")?.measurement).toEqual({ kind: "percent", value: 92 });
  });

  it("rolls up by unit (with sub-units), by action area and for the administration", () => {
    const unit = (key: string) => report.units.find((u) => u.key === key)?.achievement;
    expect(unit(AREA_RISORSE)?.score).toBeCloseTo(mean(RISORSE), 9); // 88.89
    expect(unit(SETTORE_ISTRUZIONE)?.score).toBeCloseTo(mean(SETTORE), 9); // 66.90, 1684 left out
    expect(unit(AREA_SVILUPPO)?.score).toBeCloseTo(mean(SETTORE), 9); // only through its Settore
    expect(unit(AREA_RISORSE)?.band?.label).toBe("parzialmente raggiunto");
    const area = (n: number) =>
      report.positiveActions.find((a) => a.number === n)?.achievement.score;
    expect(area(1)).toBeCloseTo(mean(["1609", "1611"]), 9);
    expect(area(2)).toBe(0);
    expect(area(3)).toBeCloseTo(85.4, 9);
    expect(area(5)).toBeCloseTo(71.25, 9);
    expect(report.administration.achievement.score).toBeCloseTo(1357.25 / 17, 9); // 79.84
    expect(report.administration.achievement).toMatchObject({ counted: 17, total: 18 });
    expect(report.tags).toEqual([
      { tag: "gender_equality", achievement: expect.objectContaining({ counted: 17 }) },
    ]);
  });
});
