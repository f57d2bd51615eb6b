import { describe, expect, it } from "vitest";
import { checkPlan } from "../../src/domain/check.ts";
import { makeIndicator, makeObjective, makePlanDocument } from "../support/factories.ts";

const statusOf = (items: { id: string; status: string }[]) =>
  Object.fromEntries(items.map((i) => [i.id, i.status]));

describe("the completeness check", () => {
  it("counts a section as present by its text or by its records, and missing otherwise", () => {
    const report = checkPlan(makePlanDocument());
    // Section 1 by the anagrafica (tax code present), 2.2 by its text and objectives.
    expect(statusOf(report.sections)).toEqual({
      "1": "present",
      "2.1": "missing",
      "2.2": "present",
      "2.3": "missing",
      "3.1": "present", // the factory's sector has a head
      "3.2": "missing",
      "3.3": "missing",
      "4": "missing",
    });
  });

  it("finds the letters of the law through sections, tags and positive actions", () => {
    const doc = makePlanDocument({
      objectives: [makeObjective({ tags: ["simplification"], positiveAction: null })],
      positiveActions: [],
    });
    expect(statusOf(checkPlan(doc).lawContents)).toEqual({
      a: "present",
      b: "present",
      c: "missing",
      d: "missing",
      e: "present",
      f: "missing",
      g: "missing",
    });
  });

  it("in a simplified PIAO (under 50 employees) 2.1, 2.2 and 4 are not required", () => {
    const doc = makePlanDocument();
    doc.administration.employees = 30;
    const report = checkPlan(doc);
    expect(report.simplified).toBe(true);
    const required = Object.fromEntries(report.sections.map((s) => [s.id, s.required]));
    expect(required).toMatchObject({
      "1": true,
      "2.1": false,
      "2.2": false,
      "2.3": true,
      "4": false,
    });
  });

  it("reports objectives without indicators, indicators without target, targets outside the period", () => {
    const doc = makePlanDocument({
      objectives: [
        makeObjective({ code: "1", indicators: [] }),
        makeObjective({
          code: "2",
          indicators: [
            makeIndicator({ code: "10", targets: [] }),
            makeIndicator({
              code: "11",
              targets: [{ year: 2025, value: { kind: "deadline", date: "2029-01-31" } }],
            }),
          ],
        }),
        makeObjective({ code: "3", indicators: [makeIndicator({ code: "10" })] }),
      ],
    });
    const codes = checkPlan(doc).problems.map((p) => `${p.code} ${JSON.stringify(p.params)}`);
    expect(codes).toContain('check.noIndicators {"objective":"1"}');
    expect(codes).toContain('check.noTarget {"indicator":"10","objective":"2"}');
    expect(codes).toContain(
      'check.outsidePeriod {"indicator":"11","year":"2029","period":"2025-2027"}',
    );
    expect(codes).toContain('check.indicatorCodeReused {"code":"10","first":"2","second":"3"}');
  });

  it("reports duplicate objective codes and a wrong check digit as errors", () => {
    const doc = makePlanDocument({ objectives: [makeObjective(), makeObjective()] });
    doc.administration.vatNumber = "03428581204";
    const errors = checkPlan(doc).problems.filter((p) => p.severity === "error");
    expect(errors.map((e) => e.code).sort()).toEqual([
      "rules.badVatNumber",
      "rules.duplicateObjective",
    ]);
    expect(errors.find((e) => e.code === "rules.duplicateObjective")?.field).toBe(
      "objectives[1].code",
    );
  });
});
