import { describe, expect, it } from "vitest";
import { checkSpendingLimits, formatEuro } from "../../src/domain/spending-limits.ts";
import { completePlanDocument } from "../support/complete-plan.ts";

describe("spending limits checked against the hiring plan", () => {
  it("a rule without a year is checked in every plan year on committed + that year's hires", () => {
    const checks = checkSpendingLimits(completePlanDocument()).filter(
      (c) => c.rule.code === "LIM-557",
    );
    expect(checks.map((c) => [c.year, c.hiresCost, c.spending, c.margin, c.status])).toEqual([
      // committed 6.200.000 + 76.000 + 33.000
      [2025, 109000, 6309000, 191000, "within"],
      // + 62.000
      [2026, 62000, 6262000, 238000, "within"],
      [2027, 0, 6200000, 300000, "within"],
    ]);
  });

  it("a rule on the planned hires counts their cost alone, in its own year", () => {
    const checks = checkSpendingLimits(completePlanDocument()).filter(
      (c) => c.rule.code === "LIM-DL34",
    );
    expect(checks.map((c) => [c.year, c.spending, c.margin, c.status])).toEqual([
      [2025, 109000, 41000, "within"],
    ]);
  });

  it("spending above the limit is exceeded, with a negative margin; exactly at it is within", () => {
    const doc = completePlanDocument();
    const rule = doc.staffing.spendingLimits[1];
    if (!rule) throw new Error("no rule");
    doc.staffing.spendingLimits[1] = { ...rule, limit: 109000 };
    doc.staffing.spendingLimits.push({ ...rule, code: "LIM-X", limit: 108999.99 });
    const [exact, over] = checkSpendingLimits(doc).filter((c) => c.rule.basis === "planned_hires");
    expect([exact?.status, exact?.margin]).toEqual(["within", 0]);
    expect([over?.status, over?.margin]).toEqual(["exceeded", -0.01]);
  });

  it("euro read the Italian way", () => {
    expect(formatEuro(6309000).replace("\u00a0", " ")).toBe("6.309.000,00 €");
    expect(formatEuro(-9000.5).replace("\u00a0", " ")).toBe("-9.000,50 €");
  });
});
