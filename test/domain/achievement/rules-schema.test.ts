import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AchievementRulesSchema } from "../../../src/domain/achievement/rules-schema.ts";
import { type AchievementRules, DEFAULT_RULES } from "../../../src/domain/achievement/types.ts";

const withBands = (bands: AchievementRules["bands"]) => ({ ...DEFAULT_RULES, bands });

function refusal(value: unknown): { paths: string[]; message: string } {
  const result = AchievementRulesSchema.safeParse(value);
  if (result.success) throw new Error("expected the rules to be refused");
  return {
    paths: result.error.issues.map((i) => i.path.join(".")),
    message: z.prettifyError(result.error),
  };
}

describe("the achievement rules schema", () => {
  it("accepts the defaults, also after a JSON round trip", () => {
    expect(AchievementRulesSchema.parse(DEFAULT_RULES)).toEqual(DEFAULT_RULES);
    expect(AchievementRulesSchema.parse(JSON.parse(JSON.stringify(DEFAULT_RULES)))).toEqual(
      DEFAULT_RULES,
    );
  });

  it("refuses a band list that does not end at 0, naming the field", () => {
    const { paths, message } = refusal(
      withBands([
        { min: 90, id: "achieved", label: "raggiunto" },
        { min: 10, id: "partial", label: "parzialmente raggiunto" },
      ]),
    );
    expect(paths).toEqual(["bands.1.min"]);
    expect(message).toContain("bands");
    expect(message).toMatch(/last band's min must be 0/);
  });

  it("refuses a band list that does not strictly decrease, naming the field", () => {
    const { paths, message } = refusal(
      withBands([
        { min: 60, id: "partial", label: "parzialmente raggiunto" },
        { min: 90, id: "achieved", label: "raggiunto" },
        { min: 0, id: "not_achieved", label: "non raggiunto" },
      ]),
    );
    expect(paths).toEqual(["bands.1.min"]);
    expect(message).toMatch(/bands: mins must strictly decrease/);
  });

  it("refuses repeated band ids and an empty band list", () => {
    const repeated = withBands([
      { min: 90, id: "achieved", label: "raggiunto" },
      { min: 0, id: "achieved", label: "non raggiunto" },
    ]);
    expect(refusal(repeated).paths).toEqual(["bands.1.id"]);
    expect(refusal(withBands([])).paths).toEqual(["bands"]);
  });

  it("keeps tolerance, penalty and cap within their limits", () => {
    const bad = {
      ...DEFAULT_RULES,
      deadline: { toleranceDays: 2.5, penaltyPerDay: 101 },
      cap: 0,
    };
    expect(refusal(bad).paths.sort()).toEqual([
      "cap",
      "deadline.penaltyPerDay",
      "deadline.toleranceDays",
    ]);
    expect(
      refusal({ ...DEFAULT_RULES, deadline: { toleranceDays: 366, penaltyPerDay: 0 } }).paths,
    ).toEqual(["deadline.toleranceDays"]);
  });

  it("refuses unknown policies and unknown fields", () => {
    expect(refusal({ ...DEFAULT_RULES, missing: "ignore" }).paths).toEqual(["missing"]);
    expect(refusal({ ...DEFAULT_RULES, rounding: 2 }).paths).toEqual([""]);
  });
});
