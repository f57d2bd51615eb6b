/** Weighted mean, the building block of every level of the roll-up (DOMAIN.md: "weighted mean"). */

export interface Weighted {
  score: number;
  weight: number;
}

/**
 * Σ wᵢ·sᵢ / Σ wᵢ: weights need not sum to 1 (or 100); only their ratios matter.
 * Weights that are not positive finite numbers carry nothing (a negative
 * weight would push the mean outside 0–100). Null when nothing carries weight.
 * The result is kept within the min and max of the scores, so floating-point
 * noise cannot turn 100 into 100.00000000000001.
 */
export function weightedMean(items: readonly Weighted[]): number | null {
  let sum = 0;
  let total = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const { score, weight } of items) {
    if (!(weight > 0 && Number.isFinite(weight))) continue;
    sum += score * weight;
    total += weight;
    lo = Math.min(lo, score);
    hi = Math.max(hi, score);
  }
  if (total === 0) return null;
  return Math.min(Math.max(sum / total, lo), hi);
}

/** Plain mean (every item weight 1), or null for no items. */
export function plainMean(scores: readonly number[]): number | null {
  return weightedMean(scores.map((score) => ({ score, weight: 1 })));
}
