import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../src/domain/achievement/types.ts";
import { impactProgress, type publicValueChain } from "../../src/domain/public-value/chain.ts";
import { timelinessRows, timelinessSummary } from "../../src/domain/public-value/timeliness.ts";
import { editPlan } from "../../src/services/plan-editing.ts";
import { loadPlanDocument } from "../../src/services/plan-edition.ts";
import { loadPublicValueChain } from "../../src/services/public-value.ts";
import type { Store } from "../../src/store/database.ts";
import { completePlanDocument } from "../support/complete-plan.ts";
import { describeEachEngine } from "../support/engines.ts";
import { measureYearEnd, storeCompletePlan } from "../support/public-value-fixture.ts";
import { tableCount } from "../support/table-count.ts";

function node(chain: ReturnType<typeof publicValueChain>, code: string) {
  const n = chain.nodes.find((x) => x.code === code);
  if (!n) throw new Error(`no node ${code}`);
  return n;
}

describeEachEngine("the public-value chain with the latest campaign", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
  });
  afterEach(async () => dispose());

  it("before any campaign nothing is measured and nothing reads as 0", async () => {
    const f = await storeCompletePlan(store);
    const { document } = await loadPlanDocument(store.db, { planId: f.planId });
    const chain = await loadPublicValueChain(store.db, f.planId, document);
    expect(chain.campaign).toBeNull();
    const vp2 = node(chain, "VP2");
    expect(vp2.objectives.map((o) => [o.code, o.achievement])).toEqual([
      ["102", null],
      ["103", null],
    ]);
    expect(vp2.performance).toEqual({ score: null, band: null, counted: 0, total: 2 });
    // VP1.1 has a 2025 figure in the plan itself: it is measured against its target.
    expect(node(chain, "VP1").impactScore.score).toBe(100);
    expect(vp2.impactScore.score).toBeNull();
  });

  it("an edit that breaks a rule is refused by field and nothing is written", async () => {
    const f = await storeCompletePlan(store);
    const editions = await tableCount(store, "plan_edition");
    const records = await tableCount(store, "edition_record");
    const outcome = await editPlan(store, f.planning, {
      planId: f.planId,
      expectedEdition: 1,
      edit: (doc) => {
        const procedures = doc.procedures.procedures.map((p, i) =>
          i === 0
            ? { ...p, timeliness: [{ year: 2024, concluded: 5, averageDays: 9, concludedLate: 6 }] }
            : p,
        );
        return { ok: true, document: { ...doc, procedures: { ...doc.procedures, procedures } } };
      },
      // Never called: the edit is refused before anything is recorded.
      record: () => ({ entity: "unit", key: "PRC-01", before: null, after: null }),
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ["pv.rules.lateOverConcluded", "procedures.procedures[0].timeliness[0].concludedLate"],
    ]);
    expect(await tableCount(store, "plan_edition")).toBe(editions);
    expect(await tableCount(store, "edition_record")).toBe(records);
  });

  it("rolls the year-end results up from objectives to public value, with the measures", async () => {
    const f = await storeCompletePlan(store);
    const campaignId = await measureYearEnd(store, f);
    const { document } = await loadPlanDocument(store.db, { planId: f.planId });
    const chain = await loadPublicValueChain(store.db, f.planId, document);
    expect(chain.campaign?.id).toBe(campaignId);

    const vp1 = node(chain, "VP1");
    expect(vp1.strategicObjectives.map((s) => s.code)).toEqual(["DUP-1"]);
    expect(vp1.stakeholders.map((s) => s.name)).toEqual([
      "Cittadini residenti",
      "Imprese edili e professionisti",
    ]);
    const o101 = vp1.objectives[0];
    expect(o101?.achievement?.score).toBe(90);
    expect(o101?.indicators.map((i) => [i.code, i.measurement, i.result?.score])).toEqual([
      ["1011", { kind: "percent", value: 63 }, 90],
    ]);
    expect(vp1.performance).toMatchObject({ score: 90, counted: 1, total: 1 });
    expect(vp1.performance.band?.id).toBe("achieved");
    expect(vp1.measures.map((m) => [m.measure.code, m.status])).toEqual([["MS-01", "partly"]]);

    const vp2 = node(chain, "VP2");
    expect(vp2.objectives.map((o) => o.achievement?.score)).toEqual([50, 100]);
    expect(vp2.performance).toMatchObject({ score: 75, counted: 2, total: 2 });
    expect(vp2.performance.band?.id).toBe("partial");
    expect(vp2.measures.map((m) => [m.measure.code, m.status])).toEqual([["MG-01", null]]);
    expect(vp2.impactScore).toEqual({ score: null, band: null, counted: 0, total: 1 });

    expect(chain.performance).toMatchObject({ score: 82.5, counted: 2, total: 2 });
    expect(chain.impactScore).toMatchObject({ score: 100, counted: 1, total: 2 });
  });
});

describe("impact indicators against their targets", () => {
  it("each year is measured against the same year's target; the latest measured one counts", () => {
    const ind = completePlanDocument().publicValue.objectives[0]?.impactIndicators[0];
    if (!ind) throw new Error("no indicator");
    ind.measurements.push({ year: 2026, value: { kind: "percent", value: 39 } });
    const p = impactProgress(ind, DEFAULT_RULES);
    expect(p.years.map((y) => [y.year, y.result.state, y.result.score])).toEqual([
      [2025, "scored", 100],
      [2026, "scored", 75],
      [2027, "not_measured", null],
    ]);
    expect(p.latest?.year).toBe(2026);
  });

  it("a lower-is-better indicator scores target over measured", () => {
    const ind = completePlanDocument().publicValue.objectives[0]?.impactIndicators[0];
    if (!ind) throw new Error("no indicator");
    ind.polarity = "lower";
    ind.measurements = [{ year: 2025, value: { kind: "percent", value: 90 } }];
    expect(impactProgress(ind, DEFAULT_RULES).latest?.result.score).toBe(50);
  });
});

describe("timeliness of procedures", () => {
  it("gives the ratio to the legal deadline, the late share and the overdue flag", () => {
    const [p1, p2] = completePlanDocument().procedures.procedures;
    if (!p1 || !p2) throw new Error("no procedures");
    expect(timelinessRows(p1)).toEqual([
      {
        procedureCode: "PRC-01",
        year: 2024,
        legalDeadlineDays: 60,
        concluded: 120,
        averageDays: 72,
        concludedLate: 30,
        ratio: 1.2,
        lateShare: 25,
        overdue: true,
      },
    ]);
    expect(timelinessRows(p2)[0]).toMatchObject({ ratio: 0.6, lateShare: 2, overdue: false });
  });

  it("sums up the catalogue per year, weighting each procedure by how many it concluded", () => {
    const procedures = completePlanDocument().procedures.procedures;
    const [summary] = timelinessSummary(procedures);
    expect(summary).toMatchObject({
      year: 2024,
      procedures: 2,
      concluded: 420,
      concludedLate: 36,
      overdue: 1,
    });
    expect(summary?.lateShare).toBeCloseTo((36 / 420) * 100, 10);
    expect(summary?.averageRatio).toBeCloseTo((1.2 * 120 + 0.6 * 300) / 420, 10);
  });

  it("a year with nothing concluded has no late share rather than 0%", () => {
    const p = completePlanDocument().procedures.procedures[0];
    if (!p) throw new Error("no procedure");
    p.timeliness = [{ year: 2024, concluded: 0, averageDays: 0, concludedLate: 0 }];
    expect(timelinessRows(p)[0]?.lateShare).toBeNull();
    expect(timelinessSummary([p])[0]).toMatchObject({ lateShare: null, averageRatio: null });
  });
});
