/**
 * `Data` (deadline) indicators. DOMAIN.md, "Measuring achievement": achieved
 * (100%) when the fact happened on or before the target date; otherwise 0%,
 * or reduced by the days of delay within the SMVP's tolerance. Before the
 * deadline, and still not done: "in corso", not failed.
 */
import { isValidIsoDate } from "../dates.ts";
import { IN_PROGRESS, NO_TARGET, NOT_MEASURED, type Outcome, scored } from "./outcome.ts";
import type { AchievementRules, IndicatorInput, MeasuredValue } from "./types.ts";

const MS_PER_DAY = 86_400_000;

function utcDay(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). UTC: no time zones, no DST. */
export function daysBetween(from: string, to: string): number {
  return utcDay(to) - utcDay(from);
}

/**
 * The date the fact happened, as known at the reference date: null when not
 * done yet. A doneOn later than the reference date did not happen yet from
 * the campaign's point of view (a mid-year campaign must not see the future).
 * Returns undefined when there is no usable measurement.
 */
function doneAsOf(
  measurement: MeasuredValue | null,
  referenceDate: string,
): string | null | undefined {
  if (measurement?.kind !== "deadline") return undefined;
  const { doneOn } = measurement;
  if (doneOn === null) return null;
  // An unreadable date is no measurement at all, never a silent "not done" (= 0).
  if (!isValidIsoDate(doneOn)) return undefined;
  return doneOn > referenceDate ? null : doneOn;
}

/** Score of a fact done `delay` days after its deadline, under the SMVP's tolerance. */
function lateScore(delay: number, rules: AchievementRules["deadline"]): number {
  if (delay > rules.toleranceDays) return 0;
  return Math.max(0, 100 - delay * rules.penaltyPerDay);
}

export function scoreDeadline(
  target: NonNullable<IndicatorInput["target"]>,
  measurement: MeasuredValue | null,
  rules: AchievementRules["deadline"],
  referenceDate: string,
): Outcome {
  const due = target.date;
  if (typeof due !== "string" || !isValidIsoDate(due)) return NO_TARGET;
  const notDueYet = referenceDate < due; // ISO dates order as text
  const doneOn = doneAsOf(measurement, referenceDate);
  if (doneOn === undefined) return notDueYet ? IN_PROGRESS : NOT_MEASURED;
  if (doneOn === null) return notDueYet ? IN_PROGRESS : scored(0); // due and not met
  const delay = daysBetween(due, doneOn);
  if (delay <= 0) return scored(100, 0);
  return scored(lateScore(delay, rules), delay);
}
