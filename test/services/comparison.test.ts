/**
 * The comparison of administrations: its numbers are those of each
 * administration's published year-end report (worked out independently from
 * services/public/read.ts, not from the roll-ups it reads); what is not
 * published is not counted; filters and pages select without changing them.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type GroupStatistics, publishedComparison } from "../../src/services/public/comparison.ts";
import type { Store } from "../../src/store/database.ts";
import {
  type ComparisonFixture,
  comparisonFixture,
  type ExpectedAdministration,
  expectedAreas,
  SYNTHETIC_COUNT,
  statisticsOf,
} from "../support/comparison-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

function expectSameStatistics(actual: GroupStatistics, expected: GroupStatistics): void {
  expect(actual.administrations).toBe(expected.administrations);
  expect(actual.measured).toBe(expected.measured);
  for (const k of ["mean", "median", "min", "max"] as const) {
    if (expected[k] === null) expect(actual[k]).toBeNull();
    else expect(actual[k]).toBeCloseTo(expected[k] as number, 9);
  }
}

describeEachEngine("comparison of administrations", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let fixture: ComparisonFixture;
  let expected: ExpectedAdministration[];

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    fixture = await comparisonFixture(store);
    expected = fixture.expected;
  });
  afterAll(() => dispose());

  it("compares the latest year with published year-end results by default", async () => {
    const c = await publishedComparison(store.db);
    expect(c.year).toBe(2025);
    expect(c.years).toEqual([2025]);
    // The seed and the synthetic ones; not the unpublished plan nor the unpublished results.
    expect(expected).toHaveLength(SYNTHETIC_COUNT + 1);
    expect(c.total).toBe(SYNTHETIC_COUNT + 1);
    expect(c.kinds).toEqual(expect.arrayContaining(["Comune", "ASL"]));
  });

  it("gives each administration the score of its published year-end report, best first", async () => {
    const c = await publishedComparison(store.db, { pageSize: 200 });
    const byId = new Map(expected.map((e) => [e.administrationId, e]));
    expect(new Set(c.items.map((i) => i.administrationId))).toEqual(new Set(byId.keys()));
    for (const item of c.items) {
      const e = byId.get(item.administrationId);
      if (e?.score === null) expect(item.score).toBeNull();
      else expect(item.score).toBeCloseTo(e?.score as number, 9);
      expect(item.name).toBe(e?.name);
      expect(item.period).toBe("2025-2027");
    }
    const scores = c.items.map((i) => i.score);
    const firstNull = scores.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(scores.slice(firstNull).every((s) => s === null)).toBe(true);
    const measured = scores.slice(0, firstNull) as number[];
    expect(measured).toEqual([...measured].sort((a, b) => b - a));
    // Achievements differ from one administration to the next.
    expect(new Set(measured.map((s) => s.toFixed(2))).size).toBeGreaterThan(SYNTHETIC_COUNT / 2);
    const seed = c.items.find((i) => i.administrationId === fixture.seed.administrationId);
    expect(seed?.score).toBeCloseTo(byId.get(fixture.seed.administrationId)?.score as number, 9);
  });

  it("leaves out unpublished plans, unpublished results and mid-year campaigns", async () => {
    const c = await publishedComparison(store.db, { pageSize: 200 });
    const ids = c.items.map((i) => i.administrationId);
    expect(ids).not.toContain(fixture.unpublishedPlanAdministration);
    expect(ids).not.toContain(fixture.unpublishedCampaignAdministration);
    const first = c.items.find(
      (i) => i.administrationId === fixture.synthetic.administrationIds[0],
    );
    expect(first?.campaignId).toBe(fixture.synthetic.campaignIds[0]);
  });

  it("gives mean, median, minimum and maximum across administrations, overall and by area", async () => {
    const c = await publishedComparison(store.db);
    expectSameStatistics(c.overall, statisticsOf(expected.map((e) => e.score)));
    const areas = expectedAreas(expected);
    expect(c.areas.map((a) => a.number)).toEqual([...areas.keys()]);
    expect(c.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5]);
    for (const area of c.areas) {
      expectSameStatistics(area, areas.get(area.number) as GroupStatistics);
      expect(area.title).not.toBe("");
    }
  });

  it("filters by region and kind, with statistics of what is left", async () => {
    const region = expected.find((e) => e.region)?.region as string;
    const byRegion = await publishedComparison(store.db, { region, pageSize: 200 });
    const inRegion = expected.filter((e) => e.region === region);
    expect(byRegion.total).toBe(inRegion.length);
    expect(byRegion.items.every((i) => i.region === region)).toBe(true);
    expectSameStatistics(byRegion.overall, statisticsOf(inRegion.map((e) => e.score)));

    const both = await publishedComparison(store.db, { region, kind: "Comune", pageSize: 200 });
    const wanted = inRegion.filter((e) => e.kind === "Comune");
    expect(both.items.map((i) => i.administrationId).sort()).toEqual(
      wanted.map((e) => e.administrationId).sort(),
    );
    const none = await publishedComparison(store.db, { kind: "Nessun tipo" });
    expect(none.total).toBe(0);
    expect(none.items).toEqual([]);
    expect(none.overall.mean).toBeNull();
  });

  it("pages through the same order", async () => {
    const all = await publishedComparison(store.db, { pageSize: 200 });
    const pages = Math.ceil(all.total / 10);
    const paged = [];
    for (let page = 1; page <= pages; page++) {
      const c = await publishedComparison(store.db, { page, pageSize: 10 });
      expect(c.total).toBe(all.total);
      expect(c.items.length).toBe(page < pages ? 10 : all.total - 10 * (pages - 1));
      paged.push(...c.items);
    }
    expect(paged.map((i) => i.administrationId)).toEqual(all.items.map((i) => i.administrationId));
    const beyond = await publishedComparison(store.db, { page: pages + 1, pageSize: 10 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(all.total);
  });

  it("a year without published year-end results compares nothing", async () => {
    const c = await publishedComparison(store.db, { year: 2026 });
    expect(c.year).toBe(2026);
    expect(c.years).toEqual([2025]);
    expect(c.total).toBe(0);
    expect(c.areas).toEqual([]);
  });
});
