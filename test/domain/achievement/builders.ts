/** Small hand-made inputs for the achievement tests: one line per indicator or objective. */
import {
  type AchievementRules,
  DEFAULT_RULES,
  type IndicatorInput,
  type ObjectiveInput,
  type UnitInput,
} from "../../../src/domain/achievement/types.ts";

export const YEAR_END = "2025-12-31";
export const MID_YEAR = "2025-06-30";

export function rules(overrides: Partial<AchievementRules> = {}): AchievementRules {
  return { ...DEFAULT_RULES, ...overrides };
}

/** A `Numero` indicator, higher is better, with target and measured value (null: not measured). */
export function numberIndicator(
  target: number,
  actual: number | null,
  overrides: Partial<IndicatorInput> = {},
): IndicatorInput {
  return {
    code: "IND",
    kind: "number",
    polarity: "higher",
    target: { kind: "number", value: target },
    measurement: actual === null ? null : { kind: "number", value: actual },
    weight: null,
    ...overrides,
  };
}

/** An indicator that scores exactly `score` (target 100, measured `score`). */
export function scoring(score: number, overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  return numberIndicator(100, score, overrides);
}

/**
 * A `Data` indicator: due on `due`; `doneOn` is the date the fact happened,
 * null when the measurement says "not yet", undefined for no measurement at all.
 */
export function deadlineIndicator(
  due: string,
  doneOn: string | null | undefined,
  overrides: Partial<IndicatorInput> = {},
): IndicatorInput {
  return {
    code: "IND",
    kind: "deadline",
    polarity: "higher",
    target: { kind: "deadline", date: due },
    measurement: doneOn === undefined ? null : { kind: "deadline", doneOn },
    weight: null,
    ...overrides,
  };
}

export function objective(
  code: string,
  indicators: IndicatorInput[],
  overrides: Partial<ObjectiveInput> = {},
): ObjectiveInput {
  return {
    code,
    unitKey: null,
    positiveAction: null,
    tags: [],
    weight: null,
    indicators,
    ...overrides,
  };
}

export function unit(key: string, parentKey: string | null = null): UnitInput {
  return { key, name: key, parentKey };
}
