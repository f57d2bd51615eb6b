import { describe, expect, it } from "vitest";
import { renderBundle } from "../../src/documents/bundle.ts";
import { checkPlan } from "../../src/domain/check.ts";
import type { Diagnostic } from "../../src/domain/diagnostics.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { validatePlanDocument } from "../../src/domain/plan-rules.ts";
import { formatDiagnostic } from "../../src/i18n/index.ts";
import { readBundle } from "../../src/import/bundle/read.ts";
import { completePlanDocument } from "../support/complete-plan.ts";

function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

const fields = (ds: Diagnostic[]) => ds.map((d) => d.field);
/** The warnings about people and staffing (2.3's own warnings on the sample are not ours). */
const warningsOf = (doc: PlanDocument) =>
  checkPlan(doc).problems.filter(
    (p) => p.severity === "warning" && /^(organisation|agileWork|staffing)\./.test(p.code),
  );

describe("errors of the 3.1, 3.2 and 3.3 records", () => {
  it("a hire with a negative cost is refused on its field, with the cost in the message", () => {
    const doc = completePlanDocument();
    doc.staffing.hires[0] = { ...nth(doc.staffing.hires, 0), annualCost: -100 };
    const errors = validatePlanDocument(doc);
    expect(fields(errors)).toEqual(["staffing.hires[0].annualCost"]);
    expect(formatDiagnostic(nth(errors, 0), "it")).toBe(
      "ERRORE campo staffing.hires[0].annualCost: il costo annuo non può essere negativo (-100)",
    );
  });

  it("a hire of zero people is refused on its count", () => {
    const doc = completePlanDocument();
    doc.staffing.hires[2] = { ...nth(doc.staffing.hires, 2), count: 0 };
    const errors = validatePlanDocument(doc);
    expect(fields(errors)).toEqual(["staffing.hires[2].count"]);
    expect(formatDiagnostic(nth(errors, 0), "it")).toContain("almeno 1 (0)");
  });

  it("hires, departures, courses and yearly limits outside the plan's years are refused", () => {
    const doc = completePlanDocument();
    doc.staffing.hires[1] = { ...nth(doc.staffing.hires, 1), year: 2028 };
    doc.staffing.departures[0] = { ...nth(doc.staffing.departures, 0), year: 2024 };
    doc.staffing.training[1] = { ...nth(doc.staffing.training, 1), year: 2030 };
    doc.staffing.spendingLimits[1] = { ...nth(doc.staffing.spendingLimits, 1), year: 2021 };
    const errors = validatePlanDocument(doc);
    expect(fields(errors)).toEqual([
      "staffing.hires[1].year",
      "staffing.departures[0].year",
      "staffing.training[1].year",
      "staffing.spendingLimits[1].year",
    ]);
    expect(formatDiagnostic(nth(errors, 0), "it")).toContain(
      "l'assunzione programmata «H-2025-2»: l'anno 2028 è fuori dal periodo del piano (2025-2027)",
    );
    expect(formatDiagnostic(nth(errors, 1), "it")).toContain(
      "la cessazione «Istruttore amministrativo»: l'anno 2024",
    );
  });

  it("more posts filled than foreseen is refused on the filled posts", () => {
    const doc = completePlanDocument();
    doc.staffing.establishment[1] = { ...nth(doc.staffing.establishment, 1), filled: 5 };
    const errors = validatePlanDocument(doc);
    expect(fields(errors)).toEqual(["staffing.establishment[1].filled"]);
    expect(formatDiagnostic(nth(errors, 0), "it")).toContain("5 posti coperti su 4 previsti");
  });

  it("a limit on the cost of the planned hires with spending already committed is refused", () => {
    const doc = completePlanDocument();
    doc.staffing.spendingLimits[1] = { ...nth(doc.staffing.spendingLimits, 1), committed: 10 };
    expect(fields(validatePlanDocument(doc))).toEqual(["staffing.spendingLimits[1].committed"]);
  });

  it("a staff row repeating another's unit, area, gender, age, role and time says which row", () => {
    const doc = completePlanDocument();
    doc.organisation.staff.push({ ...nth(doc.organisation.staff, 2), headcount: 3 });
    const errors = validatePlanDocument(doc);
    const last = doc.organisation.staff.length - 1;
    expect(fields(errors)).toEqual([`organisation.staff[${last}]`]);
    expect(formatDiagnostic(nth(errors, 0), "it")).toContain(
      "ripete la riga 3 (struttura «Area Amministrativa - Settore Personale», Istruttori, Donne, 30-39 anni, Altro personale, Part-time)",
    );
  });

  it("a different part-time flag is a different row, not a repeat", () => {
    const doc = completePlanDocument();
    const row = nth(doc.organisation.staff, 2);
    doc.organisation.staff.push({ ...row, partTime: !row.partTime });
    expect(validatePlanDocument(doc)).toEqual([]);
  });

  it("an agile-work row repeating another's unit, gender and mode is refused", () => {
    const doc = completePlanDocument();
    doc.agileWork.staff.push({ ...nth(doc.agileWork.staff, 1) });
    const errors = validatePlanDocument(doc);
    expect(fields(errors)).toEqual(["agileWork.staff[3]"]);
    expect(formatDiagnostic(nth(errors, 0), "en")).toContain(
      "repeats row 2 (unit «Area Amministrativa - Settore Personale», Men, Agile work)",
    );
  });

  it("an agile-work indicator's target and baseline must be of its kind, one target a year", () => {
    const doc = completePlanDocument();
    const objective = nth(doc.agileWork.objectives, 0);
    const indicator = nth(objective.indicators, 0);
    objective.indicators[0] = {
      ...indicator,
      baseline: { kind: "deadline", date: "2024-12-31" },
      targets: [
        { year: 2025, value: { kind: "number", value: 25 } },
        { year: 2025, value: { kind: "percent", value: 30 } },
      ],
    };
    const errors = validatePlanDocument(doc);
    const f = "agileWork.objectives[0].indicators[0]";
    expect(fields(errors)).toEqual([
      `${f}.baseline`,
      `${f}.targets[0].value`,
      `${f}.targets[1].year`,
    ]);
  });

  it("a bundle with a negative cost stores nothing and names the field", () => {
    const doc = completePlanDocument();
    doc.staffing.hires[0] = { ...nth(doc.staffing.hires, 0), annualCost: -1 };
    const read = readBundle(renderBundle(doc));
    expect(read.document).toBeNull();
    expect(read.diagnostics.map((d) => d.field)).toContain("staffing.hires[0].annualCost");
  });
});

describe("warnings of `piao check` on people and staffing", () => {
  it("the complete sample plan has none", () => {
    expect(warningsOf(completePlanDocument())).toEqual([]);
  });

  it("3.1 without staff counts and a unit without a head are reported", () => {
    const doc = completePlanDocument();
    doc.organisation.staff = [];
    doc.agileWork.staff = [];
    doc.units[1] = { ...nth(doc.units, 1), head: null };
    const warnings = warningsOf(doc);
    expect(warnings.map((w) => w.code)).toEqual([
      "organisation.noStaff",
      "organisation.unitWithoutHead",
    ]);
    expect(nth(warnings, 1).field).toBe("units[1].head");
  });

  it("a unit with more people in agile work than on its staff is reported with both numbers", () => {
    const doc = completePlanDocument();
    doc.agileWork.staff.push({
      unitKey: "Area Tecnica",
      gender: "male",
      mode: "agile",
      headcount: 3,
    });
    const warnings = warningsOf(doc);
    expect(warnings.map((w) => w.code)).toEqual(["agileWork.moreThanStaff"]);
    expect(formatDiagnostic(nth(warnings, 0), "it")).toContain(
      "«Area Tecnica» ha 3 persone in lavoro agile o da remoto ma 1 in servizio",
    );
  });

  it("a plan year without a mandatory safety course is reported", () => {
    const doc = completePlanDocument();
    doc.staffing.training = doc.staffing.training.filter((c) => c.year !== 2026);
    const warnings = warningsOf(doc);
    expect(warnings.map((w) => [w.code, w.params.year])).toEqual([
      ["staffing.noSafetyTraining", "2026"],
    ]);
  });

  it("a year with more departures than hires is reported", () => {
    const doc = completePlanDocument();
    doc.staffing.hires = doc.staffing.hires.filter((h) => h.year !== 2026);
    const warnings = warningsOf(doc);
    expect(warnings.map((w) => w.code)).toEqual(["staffing.departuresNotReplaced"]);
    expect(formatDiagnostic(nth(warnings, 0), "it")).toContain(
      "Nel 2026 sono previste 2 cessazioni ma 0 assunzioni",
    );
  });

  it("an exceeded spending limit is reported in euro", () => {
    const doc = completePlanDocument();
    doc.staffing.spendingLimits[1] = { ...nth(doc.staffing.spendingLimits, 1), limit: 100000 };
    const warnings = warningsOf(doc);
    expect(warnings.map((w) => w.code)).toEqual(["staffing.spendingLimitExceeded"]);
    // 2025 hires: 76.000 + 33.000 = 109.000 € against 100.000 €.
    expect(formatDiagnostic(nth(warnings, 0), "it").replaceAll("\u00a0", " ")).toContain(
      "spesa 109.000,00 €, limite 100.000,00 €, eccedenza 9.000,00 €",
    );
  });
});
