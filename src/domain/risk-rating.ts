/**
 * The rating of a risk event by the administration's matrix (PNA 2019,
 * annex 1, § 4.2: a qualitative judgement per indicator, combined per
 * dimension, then probability × impact). Pure.
 */
import type {
  RiskAssessment,
  RiskDimension,
  RiskEvent,
  RiskIndicator,
  RiskMatrix,
  RiskRatingInput,
  RiskRecords,
} from "./sections/risk.ts";

/** The level of one dimension, 1-based, from its indicators' levels; null when none is rated. */
export function dimensionLevel(matrix: RiskMatrix, levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  if (matrix.aggregation === "max") return Math.max(...levels);
  const sorted = [...levels].sort((a, b) => a - b);
  // the median of an even count lies between two levels: round up (the prudent choice)
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

export interface DimensionLevels {
  probability: number | null;
  impact: number | null;
}

export interface Rating extends DimensionLevels {
  /** Index into matrix.ratings, null when a dimension has no rating. */
  index: number | null;
  /** matrix.ratings[index], null when a dimension has no rating. */
  label: string | null;
}

/** Levels of probability and impact of one rating input (before or after the measures). */
export function dimensionLevels(
  matrix: RiskMatrix,
  indicators: readonly RiskIndicator[],
  input: RiskRatingInput,
): DimensionLevels {
  const dimensionOf = new Map(indicators.map((i) => [i.code, i.dimension]));
  const levelsOf = (dimension: RiskDimension) =>
    input.ratings.filter((r) => dimensionOf.get(r.indicatorCode) === dimension).map((r) => r.level);
  return {
    probability: dimensionLevel(matrix, levelsOf("probability")),
    impact: dimensionLevel(matrix, levelsOf("impact")),
  };
}

/** The combined rating: ratings[cells[p-1][i-1]]; null when a dimension has no rating. */
export function rate(
  matrix: RiskMatrix,
  indicators: readonly RiskIndicator[],
  input: RiskRatingInput | null,
): Rating {
  if (!input) return { probability: null, impact: null, index: null, label: null };
  const levels = dimensionLevels(matrix, indicators, input);
  const index =
    levels.probability === null || levels.impact === null
      ? null
      : (matrix.cells[levels.probability - 1]?.[levels.impact - 1] ?? null);
  return { ...levels, index, label: index === null ? null : (matrix.ratings[index] ?? null) };
}

export interface AssessmentRating {
  eventCode: string;
  before: Rating;
  after: Rating;
}

/** Before (inherent) and after (residual) rating of an assessment. */
export function rateAssessment(
  matrix: RiskMatrix,
  indicators: readonly RiskIndicator[],
  assessment: RiskAssessment,
): AssessmentRating {
  return {
    eventCode: assessment.eventCode,
    before: rate(matrix, indicators, assessment.before),
    after: rate(matrix, indicators, assessment.after),
  };
}

export interface EventRating {
  event: RiskEvent;
  assessment: RiskAssessment | null;
  before: Rating | null;
  /** null when the event has no assessment after the measures. */
  after: Rating | null;
}

/** Every event of the plan with its assessment and its ratings before and after the measures. */
export function rateEvents(r: RiskRecords): EventRating[] {
  return r.events.map((event) => {
    const assessment = r.assessments.find((a) => a.eventCode === event.code) ?? null;
    const rating = assessment ? rateAssessment(r.matrix, r.indicators, assessment) : null;
    return {
      event,
      assessment,
      before: rating?.before ?? null,
      after: assessment?.after ? (rating?.after ?? null) : null,
    };
  });
}

type Translate = (code: string, params?: Record<string, string | number>) => string;

/** "alto (probabilità alto, impatto medio)", or why there is no rating, in `t`'s language. */
export function ratingText(t: Translate, matrix: RiskMatrix, rating: Rating | null): string {
  if (!rating || (rating.probability === null && rating.impact === null)) {
    return t("risk.page.notAssessed");
  }
  const level = (n: number | null) => (n === null ? "—" : (matrix.levels[n - 1] ?? String(n)));
  return t("risk.page.rating", {
    rating: rating.label ?? t("risk.page.incomplete"),
    probability: level(rating.probability),
    impact: level(rating.impact),
  });
}
