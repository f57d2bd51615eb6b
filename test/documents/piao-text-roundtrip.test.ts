/** Seed text → import → export as text → import into an empty database → identical records. */
import { afterEach, beforeEach, expect, it } from "vitest";
import { renderPiaoText } from "../../src/documents/piao-text.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { loadPlanDocument } from "../../src/services/plan-edition.ts";
import type { Store } from "../../src/store/database.ts";
import { describeEachEngine } from "../support/engines.ts";
import { makeIndicator, makeObjective, makePlanDocument } from "../support/factories.ts";
import { seedText } from "../support/seed-expected.ts";

function read(text: string): PlanDocument {
  const result = readPiaoText(text);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.document as PlanDocument;
}

describeEachEngine("the PIAO as text, round trip", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
  });
  afterEach(async () => dispose());

  it("gives back identical records from the seed", async () => {
    const first = await importPlan(store, read(seedText()));
    const stored = await loadPlanDocument(store.db, { planId: first.planId });
    const text = renderPiaoText(stored.document);
    const other = await engine.create();
    try {
      const outcome = await importPlan(other.store, read(text));
      const again = await loadPlanDocument(other.store.db, { planId: outcome.planId });
      expect(again.document).toEqual(stored.document);
      // And the text of the text is the same text.
      expect(renderPiaoText(again.document)).toBe(text);
    } finally {
      await other.dispose();
    }
  });

  it("carries booleans, percentages, decimals and objectives outside the annex", async () => {
    const doc = makePlanDocument({
      sections: [
        {
          code: "1",
          title: "SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE",
          position: 0,
          body: "",
          inIndex: true,
        },
        {
          code: "2.2",
          title: "PERFORMANCE",
          position: 1,
          body: "Obiettivi dell'anno.",
          inIndex: true,
        },
      ],
      units: [
        { key: "Area Servizi", name: "Area Servizi", kind: "area", parentKey: null, head: null },
      ],
      positiveActions: [],
      objectives: [
        makeObjective({
          code: "700",
          unitKey: "Area Servizi",
          positiveAction: null,
          tags: [],
          indicators: [
            makeIndicator({
              code: "7001",
              kind: "boolean",
              unitLabel: "SI/NO",
              targets: [{ year: 2025, value: { kind: "boolean", value: true } }],
            }),
            makeIndicator({
              code: "7002",
              kind: "percent",
              unitLabel: "Percentuale",
              targets: [{ year: 2025, value: { kind: "percent", value: 82.5 } }],
            }),
            makeIndicator({
              code: "7003",
              kind: "number",
              unitLabel: "Numero",
              targets: [{ year: 2025, value: { kind: "number", value: 1234.5 } }],
            }),
          ],
        }),
      ],
    });
    const back = read(renderPiaoText(doc));
    expect(back.objectives.map((o) => [o.code, o.unitKey, o.positiveAction])).toEqual([
      ["700", "Area Servizi", null],
    ]);
    expect(
      back.objectives[0]?.indicators.map((i) => [i.code, i.kind, i.targets[0]?.value]),
    ).toEqual([
      ["7001", "boolean", { kind: "boolean", value: true }],
      ["7002", "percent", { kind: "percent", value: 82.5 }],
      ["7003", "number", { kind: "number", value: 1234.5 }],
    ]);
    expect(back.administration.taxCode).toBe("03428581205");
    expect(back.administration.employees).toBe(120);
  });
});
