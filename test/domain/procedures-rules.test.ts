import { describe, expect, it } from "vitest";
import { checkPlan } from "../../src/domain/check.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { validatePlanDocument } from "../../src/domain/plan-rules.ts";
import type { Procedure } from "../../src/domain/sections/procedures.ts";
import { formatDiagnostic } from "../../src/i18n/index.ts";
import { completePlanDocument, simplifiedPlanDocument } from "../support/complete-plan.ts";

function procedure(doc: PlanDocument, i: number): Procedure {
  const p = doc.procedures.procedures[i];
  if (!p) throw new Error(`no procedure ${i}`);
  return p;
}

const errorsOf = (doc: PlanDocument) =>
  validatePlanDocument(doc).map((d) => [d.code, d.field] as const);

describe("rules of the procedures, simplification and accessibility records", () => {
  it("more concluded late than concluded is an error on concludedLate", () => {
    const doc = completePlanDocument();
    procedure(doc, 1).timeliness[0] = {
      year: 2024,
      concluded: 10,
      averageDays: 20,
      concludedLate: 11,
    };
    const errors = validatePlanDocument(doc);
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ["pv.rules.lateOverConcluded", "procedures.procedures[1].timeliness[0].concludedLate"],
    ]);
    expect(formatDiagnostic(errors[0] as (typeof errors)[0], "it")).toContain(
      "Procedimento PRC-02, anno 2024: i conclusi in ritardo (11) superano i conclusi (10)",
    );
  });

  it("a year monitored twice is an error on the repeat", () => {
    const doc = completePlanDocument();
    procedure(doc, 0).timeliness.push({
      year: 2024,
      concluded: 1,
      averageDays: 1,
      concludedLate: 0,
    });
    expect(errorsOf(doc)).toEqual([
      ["pv.rules.timelinessYear", "procedures.procedures[0].timeliness[1].year"],
    ]);
  });

  it("a simplification outside the plan period is an error on its year", () => {
    const doc = completePlanDocument();
    const s = doc.procedures.simplifications[0];
    if (!s) throw new Error("no simplification");
    s.year = 2024;
    expect(errorsOf(doc)).toEqual([
      ["pv.rules.simplificationYear", "procedures.simplifications[0].year"],
    ]);
  });

  it("an accessibility action with no audience is an error on audiences", () => {
    const doc = completePlanDocument();
    const a = doc.procedures.accessibility[1];
    if (!a) throw new Error("no action");
    a.audiences = [];
    const errors = validatePlanDocument(doc);
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ["pv.rules.noAudience", "procedures.accessibility[1].audiences"],
    ]);
    expect(formatDiagnostic(errors[0] as (typeof errors)[0], "en")).toContain(
      "ACC-2 names no audience",
    );
  });
});

describe("warnings about procedures in piao check", () => {
  it("the sample plans have none", () => {
    for (const doc of [completePlanDocument(), simplifiedPlanDocument()]) {
      expect(checkPlan(doc).problems.filter((p) => p.code.startsWith("pv."))).toEqual([]);
    }
  });

  it("a listed procedure that no action names, and one without last year's timeliness", () => {
    const doc = completePlanDocument();
    procedure(doc, 1).onSimplificationList = true;
    procedure(doc, 0).timeliness = [
      { year: 2023, concluded: 5, averageDays: 50, concludedLate: 0 },
    ];
    const problems = checkPlan(doc).problems.filter((p) => p.code.startsWith("pv."));
    expect(problems.map((p) => [p.code, p.field, p.params.code])).toEqual([
      ["pv.check.noTimeliness", "procedures.procedures[0].timeliness", "PRC-01"],
      ["pv.check.listedNotSimplified", "procedures.procedures[1].onSimplificationList", "PRC-02"],
    ]);
    expect(formatDiagnostic(problems[0] as (typeof problems)[0], "it")).toContain(
      "Il procedimento PRC-01 non ha il monitoraggio dei tempi dell'anno 2024",
    );
  });
});
