/**
 * What a kind-specific rule (deadline, quantity, yes/no) says about one
 * indicator, before the missing-value policy and the cap are applied
 * (see indicator-score.ts).
 */
export type Outcome =
  | { state: "scored"; score: number; delayDays: number | null }
  | { state: "in_progress" }
  | { state: "not_measured" }
  | { state: "no_target" };

export const IN_PROGRESS: Outcome = { state: "in_progress" };
export const NOT_MEASURED: Outcome = { state: "not_measured" };
export const NO_TARGET: Outcome = { state: "no_target" };

export function scored(score: number, delayDays: number | null = null): Outcome {
  return { state: "scored", score, delayDays };
}
