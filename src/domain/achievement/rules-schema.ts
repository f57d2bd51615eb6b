/**
 * Validation of the achievement rules (the SMVP of one administration), kept
 * by the store as JSON per administration. DOMAIN.md, "Measuring
 * achievement": the rules are configurable, within these limits.
 */
import { z } from "zod";
import { type AchievementRules, type Band, MISSING_POLICIES } from "./types.ts";

const BandSchema = z
  .object({
    min: z.number().min(0).max(100).describe("Lowest score (inclusive) of the band, 0–100"),
    id: z.string().min(1).describe('Stable id, e.g. "achieved"'),
    label: z.string().min(1).describe('What users read, e.g. "raggiunto"'),
  })
  .strict();

/**
 * bandOf() takes the first band whose min ≤ score, so the list must go
 * strictly down (no band shadowing another) and end at 0 (every score has a band).
 */
function checkBands(bands: Band[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  bands.forEach((band, i) => {
    const previous = bands[i - 1];
    if (previous !== undefined && band.min >= previous.min) {
      ctx.addIssue({
        code: "custom",
        path: [i, "min"],
        message: `bands: mins must strictly decrease, but bands[${i}].min (${band.min}) is not below bands[${i - 1}].min (${previous.min})`,
      });
    }
    if (seen.has(band.id)) {
      ctx.addIssue({
        code: "custom",
        path: [i, "id"],
        message: `bands: ids must be unique, "${band.id}" appears more than once`,
      });
    }
    seen.add(band.id);
  });
  const last = bands.at(-1);
  if (last !== undefined && last.min !== 0) {
    ctx.addIssue({
      code: "custom",
      path: [bands.length - 1, "min"],
      message: `bands: the last band's min must be 0 so that every score has a band, got ${last.min}`,
    });
  }
}

export const AchievementRulesSchema = z
  .object({
    deadline: z
      .object({
        toleranceDays: z
          .int()
          .min(0)
          .max(365)
          .describe("Days after the target date within which a late fact still scores"),
        penaltyPerDay: z
          .number()
          .min(0)
          .max(100)
          .describe("Points lost per day of delay within the tolerance"),
      })
      .strict(),
    lowerIsBetter: z
      .enum(["ratio", "gap"])
      .describe('Lower-is-better formula: "ratio" min(T/A,1)·100 or "gap" (2T−A)/T·100'),
    cap: z.number().min(1).max(100).describe("Highest score an indicator can reach"),
    missing: z
      .enum(MISSING_POLICIES)
      .describe("Default policy for indicators without a measurement"),
    bands: z
      .array(BandSchema)
      .min(1, "bands: at least one band is needed")
      .superRefine(checkBands)
      .describe("Bands from the highest threshold down; the last one's min is 0"),
    administrationRollup: z
      .enum(["units", "objectives"])
      .describe("Administration score: mean over top-level units, or over all objectives"),
  })
  .strict() satisfies z.ZodType<AchievementRules>;
