/** The seed through the whole chain, on each engine: read, store, load back, export, re-import. */
import { afterEach, beforeEach, expect, it } from "vitest";
import { renderBundle } from "../../src/documents/bundle.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { readBundle } from "../../src/import/bundle/read.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { loadPlanDocument } from "../../src/services/plan-edition.ts";
import type { Store } from "../../src/store/database.ts";
import { describeEachEngine, type TestEngine } from "../support/engines.ts";
import { expectSeedStructure } from "../support/seed-assertions.ts";
import { seedText } from "../support/seed-expected.ts";

function readSeed(text = seedText()): PlanDocument {
  const read = readPiaoText(text);
  if (!read.document) throw new Error(JSON.stringify(read.diagnostics));
  return read.document;
}

describeEachEngine("the seed in the database", (engine: TestEngine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
  });
  afterEach(async () => dispose());

  it("stores the administration, the plan, 5 areas, 3 units, 18 objectives and 40 indicators", async () => {
    const outcome = await importPlan(store, readSeed());
    const { document } = await loadPlanDocument(store.db, { planId: outcome.planId });
    expectSeedStructure(document);
    expect(document.administration).toMatchObject({
      name: "CITTA' METROPOLITANA DI BOLOGNA",
      region: "EMILIA ROMAGNA",
      population: null,
      areaKm2: 3702.32,
      taxCode: "03428581205",
      vatNumber: "03428581205",
    });
    expect(document.plan).toMatchObject({
      startYear: 2025,
      endYear: 2027,
      documentDate: "2025-02-13",
    });
    const indicators = document.objectives.flatMap((o) => o.indicators);
    expect(indicators).toHaveLength(40);
    expect(indicators.filter((i) => i.unitLabel === "Data")).toHaveLength(27);
    expect(indicators.filter((i) => i.unitLabel === "Numero")).toHaveLength(13);
    expect(indicators.filter((i) => i.kind === "percent").map((i) => i.code)).toEqual([
      "4160",
      "4127",
    ]);
    // Counted in SQL too, not only through the repository's mapping.
    const byKind = await store.db
      .selectFrom("indicator")
      .select(["kind", (eb) => eb.fn.countAll().as("n")])
      .groupBy("kind")
      .orderBy("kind")
      .execute();
    expect(byKind.map((r) => [r.kind, Number(r.n)])).toEqual([
      ["deadline", 27],
      ["number", 11],
      ["percent", 2],
    ]);
    const dates = await store.db
      .selectFrom("indicator_target")
      .select("date_value")
      .where("date_value", "is not", null)
      .execute();
    expect(dates).toHaveLength(27);
    expect(dates.every((d) => /^2025-\d{2}-\d{2}$/.test(d.date_value ?? ""))).toBe(true);
  });

  it("round-trips through the JSON bundle into an empty database", async () => {
    const first = await importPlan(store, readSeed());
    const stored = await loadPlanDocument(store.db, { planId: first.planId });
    const bundle = renderBundle(stored.document, stored.edition.number);
    const other = await engine.create();
    try {
      const read = readBundle(bundle);
      expect(read.diagnostics).toEqual([]);
      const outcome = await importPlan(other.store, read.document as PlanDocument);
      const again = await loadPlanDocument(other.store.db, { planId: outcome.planId });
      expect(again.document).toEqual(stored.document);
      expect(renderBundle(again.document, again.edition.number)).toBe(bundle);
    } finally {
      await other.dispose();
    }
  });

  it("a newer edition of the seed is stored beside the first and its changes are reported", async () => {
    await importPlan(store, readSeed());
    const edited = seedText()
      .replace("13/02/2025", "20/03/2025")
      .replace("4156\tSOTTOSCRIZIONE ACCORDO FONDO DIRIGENTI 2025\tData\t31/12/2025\n", "")
      .replace(
        "4005 REPORT DEMOGRAFIA ORGANIZZATIVA\tNumero\t1",
        "4005 REPORT DEMOGRAFIA ORGANIZZATIVA\tNumero\t2\n4006 REPORT BENESSERE\tNumero\t1",
      );
    const outcome = await importPlan(store, readSeed(edited));
    expect(outcome.status).toBe("updated");
    expect(outcome.diff?.objectives).toEqual({ added: [], removed: [], changed: [] });
    expect(outcome.diff?.indicators).toEqual({
      added: ["1670/4006"],
      removed: ["1722/4156"],
      changed: [{ code: "1670/4005", fields: ["targets"] }],
    });
    const first = await loadPlanDocument(store.db, { planId: outcome.planId, edition: 1 });
    expect(first.document.objectives.flatMap((o) => o.indicators)).toHaveLength(40);
    const second = await loadPlanDocument(store.db, { planId: outcome.planId });
    expect(second.edition.number).toBe(2);
    expect(second.document.objectives.flatMap((o) => o.indicators)).toHaveLength(40);
  });
});
