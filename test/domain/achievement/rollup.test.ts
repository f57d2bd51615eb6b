import { describe, expect, it } from "vitest";
import { scoreObjective } from "../../../src/domain/achievement/objective.ts";
import { computeRollup } from "../../../src/domain/achievement/rollup.ts";
import type { AchievementRules, ObjectiveInput } from "../../../src/domain/achievement/types.ts";
import {
  deadlineIndicator,
  numberIndicator,
  objective,
  rules,
  scoring,
  unit,
  YEAR_END,
} from "./builders.ts";

const objectiveScore = (o: ObjectiveInput, r = rules()) => scoreObjective(o, r, YEAR_END);

describe("an objective", () => {
  it("is the weighted mean of its indicators, equal weights by default", () => {
    expect(objectiveScore(objective("1", [scoring(80), scoring(40)])).score).toBe(60);
    // (3 × 80 + 1 × 40) / 4 = 70
    const weighted = objective("1", [scoring(80, { weight: 3 }), scoring(40, { weight: 1 })]);
    expect(objectiveScore(weighted)).toMatchObject({ score: 70, counted: 2, total: 2 });
  });

  it("leaves out an indicator not measured (policy exclude): the others' weights renormalise", () => {
    const result = objectiveScore(objective("1", [scoring(80), numberIndicator(50, null)]));
    expect(result).toMatchObject({ score: 80, counted: 1, total: 2, blocked: false });
  });

  it("counts an indicator not measured as 0 under policy zero", () => {
    const o = objective("1", [scoring(80), numberIndicator(50, null, { missing: "zero" })]);
    expect(objectiveScore(o)).toMatchObject({ score: 40, counted: 2, total: 2 });
  });

  it("is blocked, without a score, when a policy-block indicator is not measured", () => {
    const o = objective("1", [scoring(80), numberIndicator(50, null, { missing: "block" })]);
    expect(objectiveScore(o)).toMatchObject({ score: null, band: null, blocked: true });
  });

  it("excludes a neutralised indicator and renormalises the weights", () => {
    // Without neutralisation: (2 × 50 + 1 × 100 + 1 × 0) / 4 = 50.
    // With the third neutralised: (2 × 50 + 1 × 100) / 3 = 66.67.
    const indicators = [
      scoring(50, { weight: 2 }),
      scoring(100, { weight: 1 }),
      scoring(0, { weight: 1 }),
    ];
    expect(objectiveScore(objective("1", indicators)).score).toBe(50);
    const neutralised = indicators.map((ind, i) =>
      i === 2 ? { ...ind, neutralised: { reason: "alluvione" } } : ind,
    );
    const result = objectiveScore(objective("1", neutralised));
    expect(result.score).toBeCloseTo(200 / 3, 12);
    expect(result).toMatchObject({ counted: 2, total: 3 });
    expect(result.indicators[2]?.state).toBe("neutralised");
  });

  it("has no score while everything is in corso, and is not failed", () => {
    const o = objective("1", [deadlineIndicator("2025-09-30", null)]);
    const result = scoreObjective(o, rules(), "2025-06-30");
    expect(result).toMatchObject({ score: null, band: null, counted: 0, total: 1, blocked: false });
  });

  it("gets its band from its score", () => {
    expect(objectiveScore(objective("1", [scoring(95)])).band?.label).toBe("raggiunto");
  });
});

/*
 * The organisation of these tests:
 *   Area A (own objective O1: 100, weight 1)
 *     Settore A1 (no own objectives)
 *       Ufficio A1a (O2: 60, weight 3)
 *   Area B (O3: 90, weight 2; O4: 0, weight 1)
 *   Area C (no objectives at all)
 */
const units = [
  unit("Area A"),
  unit("Settore A1", "Area A"),
  unit("Ufficio A1a", "Settore A1"),
  unit("Area B"),
  unit("Area C"),
];
const objectives = [
  objective("O1", [scoring(100)], { unitKey: "Area A", weight: 1, positiveAction: 2 }),
  objective("O2", [scoring(60)], {
    unitKey: "Ufficio A1a",
    weight: 3,
    positiveAction: 1,
    tags: ["digitalisation"],
  }),
  objective("O3", [scoring(90)], {
    unitKey: "Area B",
    weight: 2,
    positiveAction: 1,
    tags: ["gender_equality", "digitalisation"],
  }),
  objective("O4", [scoring(0)], { unitKey: "Area B", weight: 1 }),
];
const rollup = (overrides: Partial<AchievementRules> = {}, objs = objectives) =>
  computeRollup({ rules: rules(overrides), referenceDate: YEAR_END, units, objectives: objs });
const groupByKey = <T extends { key: string }>(groups: T[]) =>
  Object.fromEntries(groups.map((g) => [g.key, g]));

describe("the roll-up to units", () => {
  it("includes the objectives of sub-units, at every depth", () => {
    const byKey = groupByKey(rollup().units);
    expect(byKey["Ufficio A1a"]).toMatchObject({ score: 60, counted: 1, total: 1 });
    // A unit with no own objectives rolls up its sub-units.
    expect(byKey["Settore A1"]).toMatchObject({ score: 60, counted: 1, total: 1 });
    // (1 × 100 + 3 × 60) / (1 + 3) = 70
    expect(byKey["Area A"]).toMatchObject({ score: 70, counted: 2, total: 2 });
    // (2 × 90 + 1 × 0) / 3 = 60
    expect(byKey["Area B"]).toMatchObject({ score: 60, counted: 2, total: 2 });
    expect(byKey["Area C"]).toMatchObject({ score: null, band: null, counted: 0, total: 0 });
  });

  it("gives one result per unit, in input order", () => {
    expect(rollup().units.map((u) => u.key)).toEqual(units.map((u) => u.key));
  });

  it("reports a unit blocked when one of its objectives is blocked, scoring the others", () => {
    const blocking = objective(
      "O5",
      [scoring(50), numberIndicator(10, null, { missing: "block" })],
      {
        unitKey: "Ufficio A1a",
      },
    );
    const result = rollup({}, [...objectives, blocking]);
    const byKey = groupByKey(result.units);
    expect(result.objectives[4]).toMatchObject({ score: null, blocked: true });
    // O5 does not count: the Ufficio keeps O2's 60, and says it is blocked, up to its Area.
    expect(byKey["Ufficio A1a"]).toMatchObject({ score: 60, blocked: true, counted: 1, total: 2 });
    expect(byKey["Settore A1"]).toMatchObject({ blocked: true });
    expect(byKey["Area A"]).toMatchObject({ score: 70, blocked: true });
    expect(byKey["Area B"]?.blocked).toBe(false);
    expect(result.administration.blocked).toBe(true);
  });

  it("leaves a neutralised objective out of every group above it", () => {
    const neutralised = objective("O6", [scoring(0)], {
      unitKey: "Area B",
      positiveAction: 1,
      tags: ["digitalisation"],
      neutralised: { reason: "causa di forza maggiore" },
    });
    const result = rollup({}, [...objectives, neutralised]);
    expect(result.objectives[4]).toMatchObject({ neutralised: true, score: null });
    expect(groupByKey(result.units)["Area B"]).toMatchObject({ score: 60, counted: 2, total: 3 });
    expect(result.administration.score).toBeCloseTo(460 / 7, 12);
  });
});

describe("the administration (performance organizzativa)", () => {
  it("by objectives: weighted mean of every scored objective", () => {
    // (1 × 100 + 3 × 60 + 2 × 90 + 1 × 0) / (1 + 3 + 2 + 1) = 460 / 7 = 65.71
    const result = rollup({ administrationRollup: "objectives" }).administration;
    expect(result.score).toBeCloseTo(460 / 7, 12);
    expect(result).toMatchObject({ counted: 4, total: 4, blocked: false });
    expect(result.band?.id).toBe("partial");
  });

  it("by units: plain mean of the top-level units that have a score", () => {
    // Area A 70, Area B 60, Area C has no score: (70 + 60) / 2 = 65.
    const result = rollup({ administrationRollup: "units" }).administration;
    expect(result).toMatchObject({ score: 65, counted: 2, total: 3 });
  });

  it("has no score when nothing can be scored", () => {
    const result = computeRollup({
      rules: rules(),
      referenceDate: YEAR_END,
      units: [],
      objectives: [],
    });
    expect(result.administration).toMatchObject({ score: null, band: null, counted: 0, total: 0 });
  });
});

describe("positive-action areas and tags", () => {
  it("are weighted means of their objectives", () => {
    const result = rollup();
    // Area 1: O2 (60, weight 3) and O3 (90, weight 2): (180 + 180) / 5 = 72. Area 2: O1 = 100.
    expect(result.positiveActions).toEqual([
      expect.objectContaining({ key: "1", score: 72, counted: 2, total: 2 }),
      expect.objectContaining({ key: "2", score: 100, counted: 1, total: 1 }),
    ]);
    // digitalisation: O2 and O3, again 72; gender_equality: O3 alone, 90.
    expect(groupByKey(result.tags)).toMatchObject({
      digitalisation: { score: 72 },
      gender_equality: { score: 90 },
    });
    expect(result.tags.map((t) => t.key)).toEqual(["digitalisation", "gender_equality"]);
  });
});
