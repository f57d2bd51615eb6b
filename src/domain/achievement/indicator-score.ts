/**
 * Grado di raggiungimento of one indicator (DOMAIN.md, "Measuring
 * achievement"): the kind's rule, then the cap, then the policy for a missing
 * measurement. An indicator not measured, or a deadline not yet due, is never
 * a silent 0: only the explicit "zero" policy turns "non rilevato" into 0.
 */
import { isValidIsoDate } from "../dates.ts";
import { scoreDeadline } from "./deadline.ts";
import { NO_TARGET, type Outcome } from "./outcome.ts";
import { scoreBoolean, scoreQuantity } from "./quantity.ts";
import type { AchievementRules, IndicatorAchievement, IndicatorInput } from "./types.ts";

/** Throws on a reference date that is not a calendar date: it comes from the campaign, not from users' data. */
export function assertReferenceDate(referenceDate: string): void {
  if (!isValidIsoDate(referenceDate)) {
    throw new RangeError(`referenceDate must be an ISO date yyyy-mm-dd, got "${referenceDate}"`);
  }
}

/** Over-achievement does not compensate (rules.cap ≤ 100); nothing goes below 0. */
export function capScore(score: number, cap: number): number {
  return Math.min(Math.max(Math.min(score, cap), 0), 100);
}

function outcomeOf(input: IndicatorInput, rules: AchievementRules, referenceDate: string): Outcome {
  const { target, measurement } = input;
  if (target === null) return NO_TARGET;
  switch (input.kind) {
    case "deadline":
      return scoreDeadline(target, measurement, rules.deadline, referenceDate);
    case "number":
    case "percent":
      return scoreQuantity(target, measurement, input.polarity, rules.lowerIsBetter);
    case "boolean":
      return scoreBoolean(target, measurement);
  }
}

type Verdict = Pick<IndicatorAchievement, "state" | "score" | "delayDays" | "counted" | "blocked">;

const UNCOUNTED = { score: null, delayDays: null, counted: false, blocked: false } as const;

/** "Non rilevato": what it counts for is the indicator's policy, else the administration's. */
function notMeasured(input: IndicatorInput, rules: AchievementRules): Verdict {
  const policy = input.missing ?? rules.missing;
  const state = "not_measured";
  if (policy === "zero") return { ...UNCOUNTED, state, score: 0, counted: true };
  if (policy === "block") return { ...UNCOUNTED, state, blocked: true };
  return { ...UNCOUNTED, state }; // "exclude": weights of the others renormalise
}

function verdictOf(outcome: Outcome, input: IndicatorInput, rules: AchievementRules): Verdict {
  switch (outcome.state) {
    case "scored": {
      const score = capScore(outcome.score, rules.cap);
      return {
        state: "scored",
        score,
        delayDays: outcome.delayDays,
        counted: true,
        blocked: false,
      };
    }
    case "not_measured":
      return notMeasured(input, rules);
    case "in_progress":
    case "no_target":
      return { ...UNCOUNTED, state: outcome.state };
  }
}

/**
 * Scores one indicator at a campaign's reference date (ISO yyyy-mm-dd: the
 * mid-year or year-end date), which decides whether a deadline is due yet.
 */
export function scoreIndicator(
  input: IndicatorInput,
  rules: AchievementRules,
  referenceDate: string,
): IndicatorAchievement {
  assertReferenceDate(referenceDate);
  const head = { code: input.code, weight: input.weight ?? 1 };
  // Neutralised by the Nucleo di valutazione: excluded whatever was measured.
  if (input.neutralised) return { ...head, ...UNCOUNTED, state: "neutralised" };
  const outcome = outcomeOf(input, rules, referenceDate);
  return { ...head, ...verdictOf(outcome, input, rules) };
}
