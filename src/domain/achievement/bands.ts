/**
 * Bands (fasce): e.g. ≥ 90 raggiunto, 60–90 parzialmente raggiunto, < 60 non
 * raggiunto, thresholds per administration (DOMAIN.md, "Measuring achievement").
 */
import type { Band } from "./types.ts";

/**
 * A mean that is mathematically 90 can come out of floating point as
 * 89.99999999999999; it must not drop a band. Scores are shown with at most a
 * couple of decimals, so a billionth of a point is noise, never a real gap.
 */
const TOLERANCE = 1e-9;

/** The band of a score: bands sorted by min descending, the first whose min ≤ score. */
export function bandOf(score: number | null, bands: readonly Band[]): Band | null {
  if (score === null || Number.isNaN(score)) return null;
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted.find((band) => band.min <= score + TOLERANCE) ?? null;
}
