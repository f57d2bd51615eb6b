/** Checks shared by the tests that read the seed in its various forms. */
import { expect } from "vitest";
import type { Indicator, PlanDocument } from "../../src/domain/plan.ts";
import {
  AREA_RISORSE,
  AREA_SVILUPPO,
  EXPECTED_ACTION_TITLES,
  EXPECTED_OBJECTIVES,
  isoOf,
  PERCENT_INDICATORS,
  SETTORE_ISTRUZIONE,
} from "./seed-expected.ts";

function expectedIndicator(code: string, unit: string, target: string) {
  if (unit === "Data") {
    return {
      code,
      kind: "deadline",
      unitLabel: "Data",
      targets: [
        { year: Number(target.slice(6)), value: { kind: "deadline", date: isoOf(target) } },
      ],
    };
  }
  const kind = PERCENT_INDICATORS.has(code) ? "percent" : "number";
  return {
    code,
    kind,
    unitLabel: unit,
    targets: [{ year: 2025, value: { kind, value: Number(target) } }],
  };
}

function summary(indicator: Indicator) {
  const { code, kind, unitLabel, targets } = indicator;
  return { code, kind, unitLabel, targets };
}

/** Objectives, their indicators and targets, units and the titles of the action areas. */
export function expectSeedStructure(document: PlanDocument): void {
  expect(document.objectives.map((o) => o.code)).toEqual(EXPECTED_OBJECTIVES.map((o) => o.code));
  for (const [i, expected] of EXPECTED_OBJECTIVES.entries()) {
    const objective = document.objectives[i];
    expect(objective?.title).toBe(expected.title);
    expect(objective?.unitKey).toBe(expected.unitKey);
    expect(objective?.positiveAction).toBe(expected.action);
    expect(objective?.tags).toEqual(["gender_equality"]);
    expect(objective?.weight).toBeNull();
    expect(objective?.indicators.map(summary)).toEqual(
      expected.indicators.map(([code, unit, target]) => expectedIndicator(code, unit, target)),
    );
    for (const indicator of objective?.indicators ?? []) {
      expect(indicator.polarity).toBe("higher");
      expect(indicator.baseline).toBeNull();
      expect(indicator.weight).toBeNull();
    }
  }
  expect(document.units).toEqual([
    { key: AREA_RISORSE, name: AREA_RISORSE, kind: "area", parentKey: null, head: null },
    { key: AREA_SVILUPPO, name: AREA_SVILUPPO, kind: "area", parentKey: null, head: null },
    {
      key: SETTORE_ISTRUZIONE,
      name: "Settore Istruzione e Sviluppo Sociale",
      kind: "sector",
      parentKey: AREA_SVILUPPO,
      head: null,
    },
  ]);
  expect(document.positiveActions.map((a) => [a.number, a.title])).toEqual(
    EXPECTED_ACTION_TITLES.map((title, i) => [i + 1, title]),
  );
}
