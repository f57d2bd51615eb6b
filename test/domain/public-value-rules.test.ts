import { describe, expect, it } from "vitest";
import { renderBundle } from "../../src/documents/bundle.ts";
import { checkPlan } from "../../src/domain/check.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { validatePlanDocument } from "../../src/domain/plan-rules.ts";
import type { SectionIndicator } from "../../src/domain/sections/indicators.ts";
import { formatDiagnostic } from "../../src/i18n/index.ts";
import { readBundle } from "../../src/import/bundle/read.ts";
import { completePlanDocument } from "../support/complete-plan.ts";

function firstIndicator(doc: PlanDocument): SectionIndicator {
  const ind = doc.publicValue.objectives[0]?.impactIndicators[0];
  if (!ind) throw new Error("sample plan has no impact indicator");
  return ind;
}

const errorsOf = (doc: PlanDocument) =>
  validatePlanDocument(doc).map((d) => [d.code, d.field] as const);

const F = "publicValue.objectives[0].impactIndicators[0]";

describe("rules of the public-value records", () => {
  it("a target of another kind than its indicator is an error on its field", () => {
    const doc = completePlanDocument();
    firstIndicator(doc).targets[1] = { year: 2026, value: { kind: "number", value: 52 } };
    expect(errorsOf(doc)).toEqual([["pv.rules.valueKind", `${F}.targets[1].value`]]);
  });

  it("a baseline and a measurement of another kind are errors on their fields", () => {
    const doc = completePlanDocument();
    const ind = firstIndicator(doc);
    ind.baseline = { kind: "boolean", value: true };
    ind.measurements = [{ year: 2025, value: { kind: "deadline", date: "2025-03-01" } }];
    expect(errorsOf(doc)).toEqual([
      ["pv.rules.valueKind", `${F}.baseline`],
      ["pv.rules.valueKind", `${F}.measurements[0].value`],
    ]);
  });

  it("a year twice in the targets or in the measurements is an error", () => {
    const doc = completePlanDocument();
    const ind = firstIndicator(doc);
    ind.targets.push({ year: 2025, value: { kind: "percent", value: 50 } });
    ind.measurements.push({ year: 2025, value: { kind: "percent", value: 48 } });
    const errors = validatePlanDocument(doc);
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ["pv.rules.duplicate.targets", `${F}.targets[3].year`],
      ["pv.rules.duplicate.measurements", `${F}.measurements[1].year`],
    ]);
    expect(formatDiagnostic(errors[0] as (typeof errors)[0], "it")).toContain(
      "L'indicatore VP1.1 ha due target per l'anno 2025",
    );
  });

  it("a target outside the plan period is an error; a measurement before it is not", () => {
    const doc = completePlanDocument();
    const ind = firstIndicator(doc);
    ind.targets.push({ year: 2028, value: { kind: "percent", value: 65 } });
    ind.measurements.push({ year: 2024, value: { kind: "percent", value: 40 } });
    const errors = validatePlanDocument(doc);
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ["pv.rules.targetOutsidePeriod", `${F}.targets[3].year`],
    ]);
    expect(formatDiagnostic(errors[0] as (typeof errors)[0], "it")).toContain(
      "fuori dal periodo del piano (2025-2027)",
    );
  });

  it("an impact indicator code twice in one objective is an error", () => {
    const doc = completePlanDocument();
    const pv = doc.publicValue.objectives[0];
    if (!pv) throw new Error("no objective");
    pv.impactIndicators.push({ ...firstIndicator(doc) });
    expect(errorsOf(doc)).toEqual([
      ["pv.rules.duplicateImpactIndicator", "publicValue.objectives[0].impactIndicators[1].code"],
    ]);
  });

  it("a bundle with such an error is refused and nothing is read", () => {
    const doc = completePlanDocument();
    firstIndicator(doc).targets[0] = { year: 2025, value: { kind: "number", value: 1 } };
    const read = readBundle(renderBundle(doc));
    expect(read.document).toBeNull();
    expect(read.diagnostics.map((d) => d.field)).toEqual([`${F}.targets[0].value`]);
  });
});

describe("warnings of the public-value records in piao check", () => {
  it("the complete sample plan has none", () => {
    const codes = checkPlan(completePlanDocument()).problems.map((p) => p.code);
    expect(codes.filter((c) => c.startsWith("pv."))).toEqual([]);
  });

  it("an objective without impact indicators, objectives, strategic objective or stakeholders is reported", () => {
    const doc = completePlanDocument();
    doc.publicValue.objectives.push({
      code: "VP9",
      title: "Obiettivo ancora da definire",
      description: "",
      strategicObjectiveCodes: [],
      stakeholderKeys: [],
      objectiveCodes: [],
      impactIndicators: [],
    });
    expect(validatePlanDocument(doc)).toEqual([]);
    const problems = checkPlan(doc).problems.filter((p) => p.code.startsWith("pv."));
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ["pv.check.noImpactIndicators", "publicValue.objectives[2].impactIndicators"],
      ["pv.check.noObjectives", "publicValue.objectives[2].objectiveCodes"],
      ["pv.check.noStrategicObjective", "publicValue.objectives[2].strategicObjectiveCodes"],
      ["pv.check.noStakeholders", "publicValue.objectives[2].stakeholderKeys"],
    ]);
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
    expect(formatDiagnostic(problems[1] as (typeof problems)[0], "it")).toContain(
      "L'obiettivo di valore pubblico VP9 non è collegato a obiettivi di performance",
    );
  });
});

describe("piao check on the sample plans", () => {
  it("counts 2.1 and letters e) f) as present from the records", () => {
    const report = checkPlan(completePlanDocument());
    expect(report.sections.find((s) => s.id === "2.1")?.evidence).toEqual({
      code: "check.evidence.publicValue",
      params: { n: 2 },
    });
    const letters = Object.fromEntries(report.lawContents.map((l) => [l.id, l.evidence?.code]));
    expect(letters.e).toBe("check.evidence.simplifications");
    expect(letters.f).toBe("check.evidence.accessibility");
  });
});
