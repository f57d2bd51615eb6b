/** fast-check generators for the achievement engine's inputs. */
import fc from "fast-check";
import {
  type AchievementRules,
  DEFAULT_RULES,
  type IndicatorInput,
  MISSING_POLICIES,
  type ObjectiveInput,
  type RollupInput,
  type UnitInput,
} from "../../../src/domain/achievement/types.ts";

/** Mostly null, sometimes neutralised by the Nucleo di valutazione. */
const neutralisedArb = fc.oneof(
  { arbitrary: fc.constant(null), weight: 7 },
  { arbitrary: fc.constant({ reason: "causa esterna" }), weight: 1 },
);

const BASE_DAY = Date.UTC(2024, 0, 1);

/** ISO dates from 2024-01-01 over three years: the span of one PIAO. */
export const isoDate = fc
  .integer({ min: 0, max: 1100 })
  .map((offset) => new Date(BASE_DAY + offset * 86_400_000).toISOString().slice(0, 10));

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A date near a deadline (from 20 days before to 60 after): where on time, late and in corso meet. */
export const nearDeadline = (due: string) =>
  fc.integer({ min: -20, max: 60 }).map((days) => addDays(due, days));

export const measuredNumber = fc.double({ min: -1e6, max: 1e6, noNaN: true });
export const positiveWeight = fc.double({ min: 0.001, max: 1000, noNaN: true });

export const rulesArb: fc.Arbitrary<AchievementRules> = fc.record({
  deadline: fc.record({
    toleranceDays: fc.integer({ min: 0, max: 365 }),
    penaltyPerDay: fc.double({ min: 0, max: 100, noNaN: true }),
  }),
  lowerIsBetter: fc.constantFrom("ratio", "gap"),
  cap: fc.double({ min: 1, max: 100, noNaN: true }),
  missing: fc.constantFrom(...MISSING_POLICIES),
  bands: fc.constant(DEFAULT_RULES.bands),
  administrationRollup: fc.constantFrom("units", "objectives"),
});

const deadlineArb = fc.record({
  kind: fc.constant("deadline" as const),
  polarity: fc.constant("higher" as const),
  target: isoDate.map((date) => ({ kind: "deadline" as const, date })),
  measurement: fc.option(
    fc.option(isoDate).map((doneOn) => ({ kind: "deadline" as const, doneOn })),
  ),
});

const quantityArb = fc.constantFrom("number" as const, "percent" as const).chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    polarity: fc.constantFrom("higher" as const, "lower" as const),
    target: measuredNumber.map((value) => ({ kind, value })),
    measurement: fc.option(measuredNumber.map((value) => ({ kind, value }))),
  }),
);

const booleanArb = fc.record({
  kind: fc.constant("boolean" as const),
  polarity: fc.constant("higher" as const),
  target: fc.boolean().map((value) => ({ kind: "boolean" as const, value })),
  measurement: fc.option(fc.boolean().map((value) => ({ kind: "boolean" as const, value }))),
});

export const indicatorArb: fc.Arbitrary<IndicatorInput> = fc
  .tuple(
    fc.oneof(deadlineArb, quantityArb, booleanArb),
    fc.option(positiveWeight),
    fc.option(fc.constantFrom(...MISSING_POLICIES), { nil: undefined }),
    neutralisedArb,
    fc.nat(9).map((n) => n > 0), // a target, nine times out of ten
  )
  .map(([core, weight, missing, neutralised, withTarget]) => ({
    code: "I",
    ...core,
    target: withTarget || core.kind === "deadline" ? core.target : null,
    weight,
    missing,
    neutralised,
  }));

function objectiveArb(unitKeys: string[]): fc.Arbitrary<ObjectiveInput> {
  return fc.record({
    code: fc.string({ minLength: 1, maxLength: 4 }),
    unitKey: unitKeys.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...unitKeys)),
    positiveAction: fc.option(fc.integer({ min: 1, max: 5 })),
    tags: fc.subarray(["gender_equality", "digitalisation", "accessibility"]),
    weight: fc.option(positiveWeight),
    indicators: fc.array(indicatorArb, { maxLength: 5 }),
    neutralised: neutralisedArb,
  });
}

/** A tree of units: each unit's parent (if any) comes earlier in the list. */
const unitsArb: fc.Arbitrary<UnitInput[]> = fc.array(fc.nat(), { maxLength: 6 }).map((picks) =>
  picks.map((pick, i) => ({
    key: `U${i}`,
    name: `Unità ${i}`,
    parentKey: i === 0 || pick % (i + 1) === i ? null : `U${pick % i}`,
  })),
);

export const rollupInputArb: fc.Arbitrary<RollupInput> = fc
  .tuple(unitsArb, rulesArb, isoDate)
  .chain(([units, rules, referenceDate]) =>
    fc
      .array(objectiveArb(units.map((u) => u.key)), { maxLength: 8 })
      .map((objectives) => ({ rules, referenceDate, units, objectives })),
  );
