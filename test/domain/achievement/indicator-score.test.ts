import { describe, expect, it } from "vitest";
import { scoreIndicator } from "../../../src/domain/achievement/indicator-score.ts";
import type { IndicatorInput } from "../../../src/domain/achievement/types.ts";
import { deadlineIndicator, MID_YEAR, numberIndicator, rules, YEAR_END } from "./builders.ts";

const score = (input: IndicatorInput, r = rules(), at = YEAR_END) => scoreIndicator(input, r, at);

describe("a deadline (Data)", () => {
  it("met on its date scores 100", () => {
    const result = score(deadlineIndicator("2025-06-30", "2025-06-30"));
    expect(result).toMatchObject({ state: "scored", score: 100, delayDays: 0, counted: true });
  });

  it("met before its date scores 100", () => {
    expect(score(deadlineIndicator("2025-06-30", "2025-03-01")).score).toBe(100);
  });

  it("met 10 days late with 15 days tolerance and 2 points per day scores 80", () => {
    // 30 June → 10 July is 10 days; 100 − 10 × 2 = 80.
    const r = rules({ deadline: { toleranceDays: 15, penaltyPerDay: 2 } });
    const result = score(deadlineIndicator("2025-06-30", "2025-07-10"), r);
    expect(result).toMatchObject({ state: "scored", score: 80, delayDays: 10, counted: true });
  });

  it("met after its date, beyond the tolerance, scores 0", () => {
    // 30 June → 20 July is 20 days, more than the 15 tolerated.
    const r = rules({ deadline: { toleranceDays: 15, penaltyPerDay: 2 } });
    const result = score(deadlineIndicator("2025-06-30", "2025-07-20"), r);
    expect(result).toMatchObject({ state: "scored", score: 0, delayDays: 20 });
  });

  it("met one day late without tolerance (the default) scores 0", () => {
    expect(score(deadlineIndicator("2025-06-30", "2025-07-01")).score).toBe(0);
  });

  it("counts calendar days across a month and a leap day", () => {
    // 28 Feb 2024 → 1 Mar 2024 is 2 days (29 Feb exists): 100 − 2 × 5 = 90.
    const r = rules({ deadline: { toleranceDays: 5, penaltyPerDay: 5 } });
    const result = score(deadlineIndicator("2024-02-28", "2024-03-01"), r, "2024-12-31");
    expect(result).toMatchObject({ score: 90, delayDays: 2 });
  });

  it("not yet due and not yet met is in corso, not failed", () => {
    const result = score(deadlineIndicator("2025-09-30", null), rules(), MID_YEAR);
    expect(result).toMatchObject({ state: "in_progress", score: null, counted: false });
  });

  it("not yet due and without a measurement is also in corso", () => {
    const result = score(deadlineIndicator("2025-09-30", undefined), rules(), MID_YEAR);
    expect(result).toMatchObject({ state: "in_progress", score: null, counted: false });
  });

  it("past due and not met at year-end scores 0", () => {
    const result = score(deadlineIndicator("2025-09-30", null), rules(), YEAR_END);
    expect(result).toMatchObject({ state: "scored", score: 0, counted: true, delayDays: null });
  });

  it("done after the reference date is not done yet at that date", () => {
    // Mid-year campaign, deadline in September, done in July: in corso on 30 June.
    expect(score(deadlineIndicator("2025-09-30", "2025-07-15"), rules(), MID_YEAR).state).toBe(
      "in_progress",
    );
    // Year-end campaign, deadline in September, done next January: 0 on 31 December.
    expect(score(deadlineIndicator("2025-09-30", "2026-01-10")).score).toBe(0);
  });

  it("past due without any measurement is non rilevato, not 0", () => {
    const result = score(deadlineIndicator("2025-09-30", undefined));
    expect(result).toMatchObject({ state: "not_measured", score: null, counted: false });
  });
});

describe("a number or percentage", () => {
  it("higher is better: 40 against a target of 50 scores 80, 60 scores 100", () => {
    expect(score(numberIndicator(50, 40)).score).toBe(80);
    expect(score(numberIndicator(50, 60)).score).toBe(100);
  });

  it("a percentage works the same way: 60% against 80% scores 75", () => {
    const input = numberIndicator(80, null, {
      kind: "percent",
      target: { kind: "percent", value: 80 },
      measurement: { kind: "percent", value: 60 },
    });
    expect(score(input).score).toBe(75);
  });

  it("lower is better: 25 days to pay against a target of 30 scores 100, 40 days scores 75", () => {
    // min(30/25, 1) = 1 → 100; min(30/40, 1) = 0.75 → 75.
    expect(score(numberIndicator(30, 25, { polarity: "lower" })).score).toBe(100);
    expect(score(numberIndicator(30, 40, { polarity: "lower" })).score).toBe(75);
  });

  it("gap formula: (2T − A) / T, so 36 days against 30 scores 80 and 60 days or more scores 0", () => {
    const gap = rules({ lowerIsBetter: "gap" });
    // (60 − 36) / 30 = 0.8; (60 − 60) / 30 = 0; (60 − 70) / 30 < 0 → 0; (60 − 20) / 30 > 1 → 100.
    expect(score(numberIndicator(30, 36, { polarity: "lower" }), gap).score).toBeCloseTo(80, 12);
    expect(score(numberIndicator(30, 60, { polarity: "lower" }), gap).score).toBe(0);
    expect(score(numberIndicator(30, 70, { polarity: "lower" }), gap).score).toBe(0);
    expect(score(numberIndicator(30, 20, { polarity: "lower" }), gap).score).toBe(100);
  });

  it("a target of 0 is reached by any value not worse than 0", () => {
    expect(score(numberIndicator(0, 0)).score).toBe(100);
    expect(score(numberIndicator(0, 3)).score).toBe(100);
    expect(score(numberIndicator(0, -1)).score).toBe(0);
    expect(score(numberIndicator(0, 0, { polarity: "lower" })).score).toBe(100);
    expect(score(numberIndicator(0, 2, { polarity: "lower" })).score).toBe(0);
  });

  it("a negative measured value clamps to 0", () => {
    expect(score(numberIndicator(50, -10)).score).toBe(0);
  });

  it("over-achievement stops at the cap", () => {
    expect(score(numberIndicator(50, 60), rules({ cap: 95 })).score).toBe(95);
    expect(score(numberIndicator(50, 40), rules({ cap: 95 })).score).toBe(80);
  });
});

describe("a yes/no indicator", () => {
  const yesNo = (target: boolean, actual: boolean): IndicatorInput => ({
    code: "SN",
    kind: "boolean",
    polarity: "higher",
    target: { kind: "boolean", value: target },
    measurement: { kind: "boolean", value: actual },
    weight: null,
  });

  it("scores 100 when the answer is the expected one, else 0", () => {
    expect(score(yesNo(true, true)).score).toBe(100);
    expect(score(yesNo(true, false)).score).toBe(0);
    expect(score(yesNo(false, false)).score).toBe(100);
  });
});

describe("an indicator without a measurement", () => {
  it("is non rilevato and does not count (policy exclude, the default)", () => {
    const result = score(numberIndicator(50, null));
    expect(result).toMatchObject({
      state: "not_measured",
      score: null,
      counted: false,
      blocked: false,
    });
  });

  it("with policy zero counts as 0, and still says non rilevato", () => {
    const result = score(numberIndicator(50, null, { missing: "zero" }));
    expect(result).toMatchObject({ state: "not_measured", score: 0, counted: true });
  });

  it("with policy block does not count and blocks", () => {
    const result = score(numberIndicator(50, null, { missing: "block" }));
    expect(result).toMatchObject({
      state: "not_measured",
      score: null,
      counted: false,
      blocked: true,
    });
  });

  it("takes the administration's policy unless the indicator has its own", () => {
    expect(score(numberIndicator(50, null), rules({ missing: "zero" })).counted).toBe(true);
    const own = numberIndicator(50, null, { missing: "exclude" });
    expect(score(own, rules({ missing: "zero" })).counted).toBe(false);
  });
});

describe("other states", () => {
  it("a neutralised indicator is excluded whatever was measured", () => {
    const result = score(numberIndicator(50, 50, { neutralised: { reason: "sciopero" } }));
    expect(result).toMatchObject({ state: "neutralised", score: null, counted: false });
  });

  it("an indicator without a target has nothing to compare with", () => {
    const result = score(numberIndicator(50, 50, { target: null }));
    expect(result).toMatchObject({ state: "no_target", score: null, counted: false });
  });

  it("the weight defaults to 1", () => {
    expect(score(numberIndicator(50, 50)).weight).toBe(1);
    expect(score(numberIndicator(50, 50, { weight: 3 })).weight).toBe(3);
  });

  it("refuses a reference date that is not a calendar date", () => {
    expect(() => score(numberIndicator(50, 50), rules(), "2025-02-30")).toThrow(/referenceDate/);
  });
});
