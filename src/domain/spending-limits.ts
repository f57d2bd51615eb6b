/**
 * The spending limits of section 3.3 checked against the hiring plan: for
 * every rule and every year it applies to (its own year, or each year of the
 * plan when it has none) the spending it limits, the margin left and whether
 * it is exceeded. Pure: the plan in, the checks out.
 *
 * - basis `staff_spending` (e.g. art. 1 c. 557-quater L. 296/2006): the
 *   spending already committed plus the yearly cost of the hires of that year;
 * - basis `planned_hires` (e.g. the hiring capacity of art. 33 DL 34/2019):
 *   the yearly cost of the hires of that year alone.
 */
import type { PlanDocument } from "./plan.ts";
import type { SpendingLimitRule } from "./sections/staffing.ts";

export type SpendingLimitStatus = "within" | "exceeded";

export interface SpendingLimitCheck {
  rule: SpendingLimitRule;
  year: number;
  /** Σ annualCost of the hires planned in the year. */
  hiresCost: number;
  /** What the rule limits: committed + hiresCost, or hiresCost. */
  spending: number;
  /** limit − spending: negative when exceeded. */
  margin: number;
  status: SpendingLimitStatus;
}

/** The years a rule applies to: its own, or every year of the plan. */
export function ruleYears(rule: SpendingLimitRule, startYear: number, endYear: number): number[] {
  if (rule.year !== null) return [rule.year];
  const years: number[] = [];
  for (let y = startYear; y <= endYear; y++) years.push(y);
  return years;
}

/** Sums in cents, so that 0,1 + 0,2 € is 0,3 € and a limit met exactly is not exceeded. */
const cents = (euro: number) => Math.round(euro * 100);

export function checkSpendingLimits(doc: PlanDocument): SpendingLimitCheck[] {
  const { startYear, endYear } = doc.plan;
  const hiresCostOf = (year: number) =>
    doc.staffing.hires
      .filter((h) => h.year === year)
      .reduce((sum, h) => sum + cents(h.annualCost), 0);
  return doc.staffing.spendingLimits.flatMap((rule) =>
    ruleYears(rule, startYear, endYear).map((year): SpendingLimitCheck => {
      const hires = hiresCostOf(year);
      const spending = rule.basis === "staff_spending" ? cents(rule.committed) + hires : hires;
      const margin = cents(rule.limit) - spending;
      return {
        rule,
        year,
        hiresCost: hires / 100,
        spending: spending / 100,
        margin: margin / 100,
        status: margin < 0 ? "exceeded" : "within",
      };
    }),
  );
}

/** "6.309.000,00 €", "9.000,00 €": euro as Italian users read them (grouped from 1.000). */
export function formatEuro(value: number): string {
  return value.toLocaleString("it-IT", {
    style: "currency",
    currency: "EUR",
    useGrouping: "always",
  } as Intl.NumberFormatOptions);
}
