import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderSampleBundle, SAMPLE_PATH } from "../../scripts/write-sample-bundle.ts";
import { renderBundle } from "../../src/documents/bundle.ts";
import { checkPlan } from "../../src/domain/check.ts";
import { validatePlanDocument } from "../../src/domain/plan-rules.ts";
import { lockedChanges, usersOf } from "../../src/domain/sections/references.ts";
import { formatDiagnostic } from "../../src/i18n/index.ts";
import { readBundle } from "../../src/import/bundle/read.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { loadPlanDocument } from "../../src/services/plan-edition.ts";
import type { Store } from "../../src/store/database.ts";
import { completePlanDocument, simplifiedPlanDocument } from "../support/complete-plan.ts";
import { describeEachEngine } from "../support/engines.ts";
import { tableCount } from "../support/table-count.ts";

function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

describeEachEngine("the records of sections 2.1, 2.3 and 3.x in the store", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
  });
  afterEach(async () => dispose());

  it("a complete plan is stored and read back record by record", async () => {
    const doc = completePlanDocument();
    const outcome = await importPlan(store, doc);
    const loaded = await loadPlanDocument(store.db, { planId: outcome.planId });
    expect(loaded.document).toEqual(doc);
    expect(await tableCount(store, "edition_record")).toBeGreaterThan(40);
  });

  it("a change in one section's records makes a new edition and says which part changed", async () => {
    const doc = completePlanDocument();
    await importPlan(store, doc);
    const next = completePlanDocument();
    next.staffing.hires[0] = { ...nth(next.staffing.hires, 0), annualCost: 80000 };
    const outcome = await importPlan(store, next);
    expect(outcome.status).toBe("updated");
    expect(outcome.diff?.parts).toEqual(["staffing"]);
  });

  it("a bundle whose measure names a unit that does not exist is refused, by field", () => {
    const doc = completePlanDocument();
    doc.risk.measures[1] = { ...nth(doc.risk.measures, 1), unitKey: "Area che non c'è" };
    const read = readBundle(renderBundle(doc));
    expect(read.document).toBeNull();
    expect(read.diagnostics.map((d) => d.field)).toEqual(["risk.measures[1].unitKey"]);
  });
});

describe("links between sections", () => {
  it("the complete and the simplified sample plans have no errors", () => {
    expect(validatePlanDocument(completePlanDocument())).toEqual([]);
    expect(validatePlanDocument(simplifiedPlanDocument())).toEqual([]);
  });

  it("deleting a record others use is refused, naming who uses it", () => {
    const doc = completePlanDocument();
    doc.procedures.procedures = doc.procedures.procedures.filter((p) => p.code !== "PRC-01");
    const errors = validatePlanDocument(doc);
    expect(errors.map((e) => e.field)).toEqual(["procedures.simplifications[0].procedureCodes[0]"]);
    const text = formatDiagnostic(nth(errors, 0), "it");
    expect(text).toContain("l'azione di semplificazione «SEM-1»");
    expect(text).toContain("il procedimento «PRC-01»");
  });

  it("a repeated code within a kind is an error on its field", () => {
    const doc = completePlanDocument();
    doc.risk.events.push({ ...nth(doc.risk.events, 0) });
    const errors = validatePlanDocument(doc);
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ["records.duplicateCode", "risk.events[2].code"],
    ]);
    expect(formatDiagnostic(nth(errors, 0), "en")).toContain(
      "the risk event: the code «E1» appears twice",
    );
  });

  it("usersOf names the performance objectives and measures that use a public-value objective", () => {
    const users = usersOf(completePlanDocument(), { kind: "publicValueObjective", code: "VP1" });
    expect(users.map((u) => `${u.kind}:${u.code}`).sort()).toEqual([
      "measure:MS-01",
      "objective:101",
    ]);
  });

  it("a public-value objective is locked while the sections that use it are in validation", () => {
    const before = completePlanDocument();
    const after = completePlanDocument();
    after.publicValue.objectives[0] = {
      ...nth(after.publicValue.objectives, 0),
      title: "Nuovo titolo",
    };
    expect(lockedChanges(before, after, () => false)).toEqual([]);
    expect(lockedChanges(before, after, (s) => s === "2.1")).toEqual([]);
    const locked = lockedChanges(before, after, (s) => s === "2.2");
    expect(locked).toEqual([
      {
        record: { kind: "publicValueObjective", code: "VP1", section: "2.1" },
        change: "changed",
        usedBy: [{ kind: "objective", code: "101", section: "2.2" }],
      },
    ]);
    const by23 = lockedChanges(before, after, (s) => s === "2.3");
    expect(by23.map((c) => c.usedBy)).toEqual([
      [{ kind: "measure", code: "MS-01", section: "2.3" }],
    ]);
  });

  it("a bundle written before these sections existed still reads, with empty sections", () => {
    const doc = completePlanDocument();
    const old = JSON.parse(renderBundle(doc)) as Record<string, unknown>;
    for (const field of [
      "publicValue",
      "procedures",
      "risk",
      "organisation",
      "agileWork",
      "staffing",
    ])
      delete old[field];
    old.objectives = [];
    const read = readBundle(JSON.stringify(old));
    expect(read.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(read.document?.risk.measures).toEqual([]);
    expect(read.document?.risk.matrix.levels).toEqual(["basso", "medio", "alto"]);
  });

  it("the sample bundle in fixtures/ is the complete sample plan, and reads without errors", () => {
    const text = readFileSync(SAMPLE_PATH, "utf8");
    expect(text, "run `npm run sample`").toBe(renderSampleBundle());
    const read = readBundle(text);
    expect(read.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(read.document).toEqual(completePlanDocument());
  });

  it("the check finds every schema-tipo section in the complete plan", () => {
    const report = checkPlan(completePlanDocument());
    expect(report.sections.filter((s) => s.status === "missing").map((s) => s.id)).toEqual([]);
    expect(report.lawContents.filter((s) => s.status === "missing").map((s) => s.id)).toEqual([]);
  });
});
