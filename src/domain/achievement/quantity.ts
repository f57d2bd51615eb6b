/**
 * `Numero` / percentage and Yes/No indicators. DOMAIN.md, "Measuring
 * achievement": higher is better min(A/T, 1)·100; lower is better
 * min(T/A, 1)·100, or GZOOM's "gap" (2T−A)/T·100; Yes/No 100% or 0%.
 * Clamping to 0–100 and the cap are applied by the caller.
 */

import type { Polarity } from "../plan.ts";
import { NO_TARGET, NOT_MEASURED, type Outcome, scored } from "./outcome.ts";
import type { AchievementRules, IndicatorInput, MeasuredValue } from "./types.ts";

type Target = NonNullable<IndicatorInput["target"]>;

/**
 * With a target of 0 or below a ratio is meaningless (division by zero, or a
 * sign flip that would reward doing worse): the indicator is then simply
 * reached (100) or not (0). For T = 0 this is the spec's "A ≥ 0 → 100".
 */
function reached(reachedIt: boolean): number {
  return reachedIt ? 100 : 0;
}

export function higherIsBetter(actual: number, target: number): number {
  if (target <= 0) return reached(actual >= target);
  return Math.min(actual / target, 1) * 100;
}

export function lowerIsBetter(
  actual: number,
  target: number,
  formula: AchievementRules["lowerIsBetter"],
): number {
  if (target <= 0) return reached(actual <= target);
  if (formula === "gap") return (2 - actual / target) * 100; // (2T−A)/T, without overflowing 2T
  if (actual <= 0) return 100; // nothing spent, no days waited: best possible
  return Math.min(target / actual, 1) * 100;
}

function measuredNumber(measurement: MeasuredValue | null): number | null {
  if (measurement?.kind !== "number" && measurement?.kind !== "percent") return null;
  return Number.isFinite(measurement.value) ? measurement.value : null;
}

export function scoreQuantity(
  target: Target,
  measurement: MeasuredValue | null,
  polarity: Polarity,
  formula: AchievementRules["lowerIsBetter"],
): Outcome {
  const t = target.value;
  if (typeof t !== "number" || !Number.isFinite(t)) return NO_TARGET;
  const a = measuredNumber(measurement);
  if (a === null) return NOT_MEASURED;
  return scored(polarity === "higher" ? higherIsBetter(a, t) : lowerIsBetter(a, t, formula));
}

export function scoreBoolean(target: Target, measurement: MeasuredValue | null): Outcome {
  if (typeof target.value !== "boolean") return NO_TARGET;
  if (measurement?.kind !== "boolean") return NOT_MEASURED;
  return scored(measurement.value === target.value ? 100 : 0);
}
