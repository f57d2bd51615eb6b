import { describe, expect, it } from "vitest";
import { bandOf } from "../../../src/domain/achievement/bands.ts";
import { plainMean, weightedMean } from "../../../src/domain/achievement/mean.ts";
import { DEFAULT_RULES } from "../../../src/domain/achievement/types.ts";

const label = (score: number | null) => bandOf(score, DEFAULT_RULES.bands)?.label ?? null;

describe("bands", () => {
  it("put a score on the threshold in the band above it", () => {
    expect(label(100)).toBe("raggiunto");
    expect(label(90)).toBe("raggiunto");
    expect(label(89.99)).toBe("parzialmente raggiunto");
    expect(label(60)).toBe("parzialmente raggiunto");
    expect(label(59.9)).toBe("non raggiunto");
    expect(label(0)).toBe("non raggiunto");
  });

  it("give no band to no score", () => {
    expect(label(null)).toBeNull();
  });

  it("do not drop a band for floating-point noise", () => {
    // 0.1 + 0.2 style noise: a mean worth 90 can come out a hair below it.
    expect(label(89.99999999999999)).toBe("raggiunto");
  });

  it("work whatever the order the bands are given in", () => {
    const reversed = [...DEFAULT_RULES.bands].reverse();
    expect(bandOf(75, reversed)?.id).toBe("partial");
  });
});

describe("the weighted mean", () => {
  it("gives the same result for weights that sum to anything", () => {
    const a = weightedMean([
      { score: 80, weight: 0.6 },
      { score: 50, weight: 0.4 },
    ]);
    const b = weightedMean([
      { score: 80, weight: 60 },
      { score: 50, weight: 40 },
    ]);
    // 0.6 × 80 + 0.4 × 50 = 68
    expect(a).toBeCloseTo(68, 12);
    expect(b).toBeCloseTo(68, 12);
  });

  it("is null with no items or zero total weight", () => {
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([{ score: 80, weight: 0 }])).toBeNull();
  });

  it("plain mean weighs every score the same", () => {
    expect(plainMean([70, 60])).toBe(65);
    expect(plainMean([])).toBeNull();
  });
});
