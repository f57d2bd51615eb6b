/**
 * Grado di raggiungimento of one objective: weighted mean of its indicators
 * (equal weights by default), neutralised and unmeasured-excluded indicators
 * left out and the weights of the others renormalised (DOMAIN.md,
 * "Measuring achievement").
 */
import { bandOf } from "./bands.ts";
import { scoreIndicator } from "./indicator-score.ts";
import { weightedMean } from "./mean.ts";
import type { AchievementRules, ObjectiveAchievement, ObjectiveInput } from "./types.ts";

export function scoreObjective(
  input: ObjectiveInput,
  rules: AchievementRules,
  referenceDate: string,
): ObjectiveAchievement {
  // Indicators are scored even under a neutralised objective, so users still see them.
  const indicators = input.indicators.map((i) => scoreIndicator(i, rules, referenceDate));
  const head = { code: input.code, indicators, total: indicators.length };
  if (input.neutralised) {
    // Excluded as a whole: neither a score nor a block travels up from it.
    return { ...head, score: null, band: null, blocked: false, counted: 0, neutralised: true };
  }
  const counted = indicators.filter((i) => i.counted);
  // Policy "block": a missing measurement stops the objective's computation.
  const blocked = indicators.some((i) => i.blocked);
  const score = blocked
    ? null
    : weightedMean(counted.map((i) => ({ score: i.score ?? 0, weight: i.weight })));
  return {
    ...head,
    score,
    band: bandOf(score, rules.bands),
    blocked,
    counted: counted.length,
    neutralised: false,
  };
}

/** Whether an objective's score enters the groups above it (unit, area, tag, administration). */
export function entersGroups(objective: ObjectiveAchievement): boolean {
  return !objective.neutralised && !objective.blocked && objective.score !== null;
}
