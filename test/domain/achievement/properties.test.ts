import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreIndicator } from "../../../src/domain/achievement/indicator-score.ts";
import { scoreObjective } from "../../../src/domain/achievement/objective.ts";
import { computeRollup } from "../../../src/domain/achievement/rollup.ts";
import type {
  Achievement,
  IndicatorInput,
  RollupInput,
} from "../../../src/domain/achievement/types.ts";
import {
  indicatorArb,
  isoDate,
  measuredNumber,
  nearDeadline,
  rollupInputArb,
  rulesArb,
} from "./arbitraries.ts";
import { deadlineIndicator, numberIndicator, objective } from "./builders.ts";

const inRange = (score: number | null) => score === null || (score >= 0 && score <= 100);
const factor = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
/** A deadline, two dates the fact may have happened on, and the campaign's reference date. */
const deadlineCase = isoDate.chain((due) =>
  fc.tuple(fc.constant(due), nearDeadline(due), nearDeadline(due), nearDeadline(due)),
);
const ordered = <T>(a: T, b: T): [T, T] => (a <= b ? [a, b] : [b, a]);

function allAchievements(input: RollupInput): Achievement[] {
  const r = computeRollup(input);
  return [...r.objectives, ...r.units, ...r.positiveActions, ...r.tags, r.administration];
}

describe("every score", () => {
  it("of an indicator is null or within 0–100, and counted exactly when it has one", () => {
    fc.assert(
      fc.property(indicatorArb, rulesArb, isoDate, (input, rules, at) => {
        const result = scoreIndicator(input, rules, at);
        expect(inRange(result.score)).toBe(true);
        expect(result.counted).toBe(result.score !== null);
      }),
    );
  });

  it("of objectives, units, areas, tags and the administration is null or within 0–100", () => {
    fc.assert(
      fc.property(rollupInputArb, (input) => {
        for (const a of allAchievements(input)) {
          expect(inRange(a.score)).toBe(true);
          expect(a.band === null).toBe(a.score === null);
          expect(a.counted).toBeLessThanOrEqual(a.total);
        }
      }),
    );
  });
});

describe("scores are monotonic in the measured value", () => {
  it("higher is better: a higher value never scores less", () => {
    fc.assert(
      fc.property(measuredNumber, measuredNumber, measuredNumber, rulesArb, (t, x, y, rules) => {
        const [a1, a2] = ordered(x, y);
        const s1 = scoreIndicator(numberIndicator(t, a1), rules, "2025-12-31").score ?? -1;
        const s2 = scoreIndicator(numberIndicator(t, a2), rules, "2025-12-31").score ?? -1;
        expect(s1).toBeLessThanOrEqual(s2);
      }),
    );
  });

  it("lower is better: a lower value never scores less, with either formula", () => {
    fc.assert(
      fc.property(measuredNumber, measuredNumber, measuredNumber, rulesArb, (t, x, y, rules) => {
        const [a1, a2] = ordered(x, y);
        const lower = (a: number) => numberIndicator(t, a, { polarity: "lower" });
        const s1 = scoreIndicator(lower(a1), rules, "2025-12-31").score ?? -1;
        const s2 = scoreIndicator(lower(a2), rules, "2025-12-31").score ?? -1;
        expect(s1).toBeGreaterThanOrEqual(s2);
      }),
    );
  });

  it("deadlines: an earlier doneOn never scores less", () => {
    fc.assert(
      fc.property(deadlineCase, rulesArb, ([due, x, y, at], rules) => {
        const [early, late] = ordered(x, y);
        const s1 = scoreIndicator(deadlineIndicator(due, early), rules, at);
        const s2 = scoreIndicator(deadlineIndicator(due, late), rules, at);
        // Done later can be "in corso" where done earlier is already scored, never the reverse.
        if (s2.score !== null) expect(s1.score).toBeGreaterThanOrEqual(s2.score);
      }),
    );
  });
});

describe("weights only matter by their ratios", () => {
  const scaleIndicators = (indicators: IndicatorInput[], k: number) =>
    indicators.map((i) => ({ ...i, weight: (i.weight ?? 1) * k }));

  it("scaling every indicator weight of an objective leaves its score unchanged", () => {
    fc.assert(
      fc.property(fc.array(indicatorArb, { maxLength: 6 }), factor, rulesArb, (inds, k, rules) => {
        const before = scoreObjective(objective("1", inds), rules, "2025-12-31").score;
        const after = scoreObjective(objective("1", scaleIndicators(inds, k)), rules, "2025-12-31");
        if (before === null) expect(after.score).toBeNull();
        else expect(after.score).toBeCloseTo(before, 9);
      }),
    );
  });

  it("scaling every objective weight leaves units, areas, tags and the administration unchanged", () => {
    fc.assert(
      fc.property(rollupInputArb, factor, (input, k) => {
        const scaled = {
          ...input,
          objectives: input.objectives.map((o) => ({ ...o, weight: (o.weight ?? 1) * k })),
        };
        const before = allAchievements(input);
        const after = allAchievements(scaled);
        before.forEach((b, i) => {
          const a = after[i]?.score ?? null;
          if (b.score === null) expect(a).toBeNull();
          else expect(Math.abs((a ?? Number.NaN) - b.score)).toBeLessThanOrEqual(1e-9);
        });
      }),
    );
  });
});

describe("an objective's score", () => {
  it("lies between the lowest and the highest of its counted indicators", () => {
    fc.assert(
      fc.property(
        fc.array(indicatorArb, { maxLength: 6 }),
        rulesArb,
        isoDate,
        (inds, rules, at) => {
          const result = scoreObjective(objective("1", inds), rules, at);
          if (result.score === null) return;
          const scores = result.indicators.flatMap((i) => (i.counted ? [i.score ?? 0] : []));
          expect(result.score).toBeGreaterThanOrEqual(Math.min(...scores));
          expect(result.score).toBeLessThanOrEqual(Math.max(...scores));
        },
      ),
    );
  });
});
