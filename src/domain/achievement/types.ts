/**
 * Achievement (grado di raggiungimento): the rules of the administration's
 * SMVP (Sistema di misurazione e valutazione della performance) and what they
 * compute, from one indicator up to the whole administration. DOMAIN.md,
 * "Measuring achievement".
 */
import type { IndicatorKind, Polarity } from "../plan.ts";

/** What an indicator without a measurement counts for. */
export const MISSING_POLICIES = ["exclude", "zero", "block"] as const;
export type MissingPolicy = (typeof MISSING_POLICIES)[number];

export interface Band {
  /** Lowest score (inclusive) of the band. */
  min: number;
  /** Stable id: "achieved", "partial", "not_achieved" by default. */
  id: string;
  /** What users read, e.g. "raggiunto". */
  label: string;
}

/** The rules, configurable per administration. */
export interface AchievementRules {
  deadline: {
    /** Days after the target date within which a late fact still scores. 0: late is 0%. */
    toleranceDays: number;
    /** Points lost per day of delay within the tolerance (0: full marks within it). */
    penaltyPerDay: number;
  };
  /** Lower-is-better: "ratio" min(T/A,1)·100, or "gap" (2T−A)/T·100 as in GZOOM. */
  lowerIsBetter: "ratio" | "gap";
  /** Highest score an indicator can reach (≤ 100): over-achievement does not compensate. */
  cap: number;
  /** Default policy for indicators without a measurement. */
  missing: MissingPolicy;
  /** Bands from the highest threshold down; the last one's min must be 0. */
  bands: Band[];
  /** The administration's score: mean over its top-level units, or over all objectives. */
  administrationRollup: "units" | "objectives";
}

export const DEFAULT_RULES: AchievementRules = {
  deadline: { toleranceDays: 0, penaltyPerDay: 0 },
  lowerIsBetter: "ratio",
  cap: 100,
  missing: "exclude",
  bands: [
    { min: 90, id: "achieved", label: "raggiunto" },
    { min: 60, id: "partial", label: "parzialmente raggiunto" },
    { min: 0, id: "not_achieved", label: "non raggiunto" },
  ],
  administrationRollup: "objectives",
};

/** A measured value, typed like targets. For deadlines, the date the fact happened (null: not yet). */
export type MeasuredValue =
  | { kind: "deadline"; doneOn: string | null }
  | { kind: "number"; value: number }
  | { kind: "percent"; value: number }
  | { kind: "boolean"; value: boolean };

/** One indicator as the computation sees it: its (effective) target and its measurement. */
export interface IndicatorInput {
  code: string;
  kind: IndicatorKind;
  polarity: Polarity;
  /** Effective target for the campaign's year (re-programmed if approved), or null. */
  target: { kind: IndicatorKind; date?: string; value?: number | boolean } | null;
  measurement: MeasuredValue | null;
  weight: number | null;
  /** Overrides the rules' default. */
  missing?: MissingPolicy;
  /** Set when the Nucleo di valutazione neutralised it: excluded, reason kept. */
  neutralised?: { reason: string } | null;
}

/**
 * State of an indicator:
 * - scored: it has a score 0–100;
 * - in_progress: a deadline not yet due and not yet met ("in corso");
 * - not_measured: no measurement ("non rilevato"), never a silent 0;
 * - neutralised: excluded by the Nucleo di valutazione;
 * - no_target: nothing to compare with.
 */
export type IndicatorState =
  | "scored"
  | "in_progress"
  | "not_measured"
  | "neutralised"
  | "no_target";

export interface IndicatorAchievement {
  code: string;
  state: IndicatorState;
  /** 0–100 when scored (or counted as 0 by the "zero" policy), else null. */
  score: number | null;
  /** For deadlines met late: days of delay. */
  delayDays: number | null;
  /** Whether it enters its objective's mean, and with which weight. */
  counted: boolean;
  weight: number;
  /** True when it has no measurement and its policy is "block": its objective cannot be scored. */
  blocked: boolean;
}

/** A node of the roll-up: objective, unit, area, tag or the administration. */
export interface Achievement {
  /** 0–100, or null when nothing measurable counts (or a "block" indicator is missing). */
  score: number | null;
  band: Band | null;
  /** True when an indicator with policy "block" has no measurement. */
  blocked: boolean;
  counted: number;
  total: number;
}

/** One objective as the roll-up sees it. */
export interface ObjectiveInput {
  code: string;
  unitKey: string | null;
  positiveAction: number | null;
  tags: string[];
  /** Relative weight inside every group it belongs to; null means 1. */
  weight: number | null;
  indicators: IndicatorInput[];
  /** Set when the Nucleo di valutazione neutralised the whole objective. */
  neutralised?: { reason: string } | null;
}

/** A unit of the organisation (Area, Settore, Ufficio) as the roll-up sees it. */
export interface UnitInput {
  key: string;
  name: string;
  parentKey: string | null;
}

export interface RollupInput {
  rules: AchievementRules;
  /** The campaign's reference date (ISO yyyy-mm-dd): mid-year or year-end. */
  referenceDate: string;
  units: UnitInput[];
  objectives: ObjectiveInput[];
}

export interface ObjectiveAchievement extends Achievement {
  code: string;
  indicators: IndicatorAchievement[];
  /** True when the objective itself was neutralised: excluded from every group above it. */
  neutralised: boolean;
}

export interface GroupAchievement extends Achievement {
  /** Unit key, positive-action number as text ("1"…"5"), or tag. */
  key: string;
}

export interface RollupResult {
  /** In input order. */
  objectives: ObjectiveAchievement[];
  /** One per unit, in input order; each covers its own objectives and those of its sub-units. */
  units: GroupAchievement[];
  /** One per positive-action area that has objectives, by ascending number. */
  positiveActions: GroupAchievement[];
  /** One per tag that objectives carry, in order of first appearance. */
  tags: GroupAchievement[];
  /** Performance organizzativa of the whole administration. */
  administration: Achievement;
}
