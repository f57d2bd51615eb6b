import { afterEach, beforeEach, expect, it } from "vitest";
import { importPlan } from "../../src/services/import-plan.ts";
import { loadPlanDocument } from "../../src/services/plan-edition.ts";
import type { Store } from "../../src/store/database.ts";
import { describeEachEngine } from "../support/engines.ts";
import { makeIndicator, makeObjective, makePlanDocument } from "../support/factories.ts";
import { tableCount } from "../support/table-count.ts";

describeEachEngine("importing a plan", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
  });
  afterEach(async () => dispose());

  const count = (table: "objective" | "indicator" | "plan_edition" | "administration") =>
    tableCount(store, table);

  it("stores every record and gives the same document back", async () => {
    const doc = makePlanDocument();
    const outcome = await importPlan(store, doc, { sourceName: "prova.txt" });
    expect(outcome.status).toBe("created");
    expect(outcome.editionNumber).toBe(1);
    const loaded = await loadPlanDocument(store.db, { planId: outcome.planId });
    expect(loaded.document).toEqual(doc);
  });

  it("re-importing the same document changes nothing", async () => {
    const doc = makePlanDocument();
    await importPlan(store, doc);
    const again = await importPlan(store, structuredClone(doc));
    expect(again.status).toBe("unchanged");
    expect(await count("plan_edition")).toBe(1);
    expect(await count("objective")).toBe(2);
  });

  it("a newer edition updates the plan, reports what changed and keeps the old edition", async () => {
    const first = makePlanDocument();
    await importPlan(store, first);
    const second = makePlanDocument({
      plan: { ...first.plan, documentDate: "2025-03-15" },
      objectives: [
        makeObjective({ title: "OBIETTIVO RIVISTO" }),
        makeObjective({
          code: "102",
          indicators: [makeIndicator({ code: "9010" })],
        }),
      ],
    });
    const outcome = await importPlan(store, second);
    expect(outcome.status).toBe("updated");
    expect(outcome.editionNumber).toBe(2);
    expect(outcome.diff?.objectives).toEqual({
      added: ["102"],
      removed: ["101"],
      changed: [{ code: "100", fields: ["title"] }],
    });
    expect(outcome.diff?.indicators.added).toEqual(["102/9010"]);
    expect(outcome.diff?.indicators.removed).toEqual(["101/9002", "101/9003"]);
    expect(outcome.diff?.parts).toEqual(["plan"]);

    const current = await loadPlanDocument(store.db, { planId: outcome.planId });
    expect(current.document.objectives.map((o) => o.code)).toEqual(["100", "102"]);
    const old = await loadPlanDocument(store.db, { planId: outcome.planId, edition: 1 });
    expect(old.document).toEqual(first);
  });

  it("an older edition than the stored one is refused and nothing is written", async () => {
    const doc = makePlanDocument();
    await importPlan(store, doc);
    const older = makePlanDocument({
      plan: { ...doc.plan, documentDate: "2024-12-01" },
      objectives: [makeObjective({ title: "ALTRO" })],
    });
    await expect(importPlan(store, older)).rejects.toMatchObject({ code: "conflict" });
    expect(await count("plan_edition")).toBe(1);
  });

  it("a failure half-way through the import leaves the database as it was", async () => {
    // Two objectives with the same code break a unique constraint after the
    // administration, plan and edition rows have been written.
    const broken = makePlanDocument({ objectives: [makeObjective(), makeObjective()] });
    await expect(importPlan(store, broken)).rejects.toThrow();
    expect(await count("administration")).toBe(0);
    expect(await count("plan_edition")).toBe(0);
  });
});
