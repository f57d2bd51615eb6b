/**
 * The chain of section 2.1 (DOMAIN.md, "integrated"): each public-value
 * objective → the performance objectives that carry it out → their
 * indicators → their achievement in the latest campaign; beside it the
 * impact indicators, measured value against the target of the year, and the
 * anti-corruption measures that protect it. Achievement rolls up: a
 * public-value objective's performance score is the mean of its objectives'
 * scores (equal weights), its impact score the mean of its impact
 * indicators' scores; nothing measured reads "non ancora misurato", never 0.
 * Pure: the plan and the campaign's report in, the chain out.
 */
import { bandOf } from "../achievement/bands.ts";
import { scoreIndicator } from "../achievement/indicator-score.ts";
import { plainMean } from "../achievement/mean.ts";
import {
  type Achievement,
  type AchievementRules,
  DEFAULT_RULES,
  type IndicatorAchievement,
  type MeasuredValue,
} from "../achievement/types.ts";
import type { PlanDocument, TargetValue } from "../plan.ts";
import type { SectionIndicator } from "../sections/indicators.ts";
import type { Measure, MeasureStatus } from "../sections/risk.ts";

/** What the chain needs of a campaign's performance report (services/performance.ts). */
export interface CampaignResults {
  campaign: { id: number; year: number; kind: string; referenceDate: string };
  rules: AchievementRules;
  objectives: {
    code: string;
    achievement: Achievement;
    indicators: {
      code: string;
      description: string;
      target: TargetValue | null;
      measurement: MeasuredValue | null;
      result: IndicatorAchievement;
    }[];
  }[];
}

export interface ImpactYear {
  year: number;
  target: TargetValue | null;
  measured: TargetValue | null;
  /** Measured against the target of the same year; null score when either is missing. */
  result: IndicatorAchievement;
}

export interface ImpactProgress {
  indicator: SectionIndicator;
  /** Every year with a target or a measurement, ascending. */
  years: ImpactYear[];
  /** The latest year measured against its target, or null: "non ancora misurato". */
  latest: ImpactYear | null;
}

export interface ChainIndicator {
  code: string;
  description: string;
  unitLabel: string;
  target: TargetValue | null;
  measurement: MeasuredValue | null;
  /** Null when there is no campaign. */
  result: IndicatorAchievement | null;
}

export interface ChainObjective {
  code: string;
  /** False when the code is not among the plan's objectives (the store refuses that; kept for safety). */
  known: boolean;
  title: string;
  unitKey: string | null;
  /** Null when there is no campaign. */
  achievement: Achievement | null;
  indicators: ChainIndicator[];
}

/** A roll-up score: null when nothing below it is measured. */
export interface RollupScore {
  score: number | null;
  band: Achievement["band"];
  /** How many of `total` carry a score. */
  counted: number;
  total: number;
}

export interface ChainNode {
  code: string;
  title: string;
  description: string;
  strategicObjectives: { code: string; title: string; programme: string | null }[];
  stakeholders: { key: string; name: string; category: string | null }[];
  objectives: ChainObjective[];
  impact: ImpactProgress[];
  /** The anti-corruption measures (2.3) that protect it, with their status in the campaign. */
  measures: { measure: Measure; status: MeasureStatus | null }[];
  /** Mean of the objectives' scores (equal weights). */
  performance: RollupScore;
  /** Mean of the impact indicators' latest scores. */
  impactScore: RollupScore;
}

export interface PublicValueChain {
  campaign: CampaignResults["campaign"] | null;
  nodes: ChainNode[];
  /** The same roll-up over every public-value objective. */
  performance: RollupScore;
  impactScore: RollupScore;
}

/** A value measured for a year, as the achievement rules read it. */
export function measuredOf(value: TargetValue): MeasuredValue {
  return value.kind === "deadline" ? { kind: "deadline", doneOn: value.date } : value;
}

function rollup(scores: (number | null)[], rules: AchievementRules): RollupScore {
  const counted = scores.filter((s): s is number => s !== null);
  const score = plainMean(counted);
  return { score, band: bandOf(score, rules.bands), counted: counted.length, total: scores.length };
}

/** Each year of an impact indicator, measured value against the target of that year. */
export function impactProgress(ind: SectionIndicator, rules: AchievementRules): ImpactProgress {
  const years = [...new Set([...ind.targets, ...ind.measurements].map((v) => v.year))].sort(
    (a, b) => a - b,
  );
  const rows = years.map((year): ImpactYear => {
    const target = ind.targets.find((t) => t.year === year)?.value ?? null;
    const measured = ind.measurements.find((m) => m.year === year)?.value ?? null;
    const result = scoreIndicator(
      {
        code: ind.code,
        kind: ind.kind,
        polarity: ind.polarity,
        target,
        measurement: measured ? measuredOf(measured) : null,
        weight: null,
        // An impact figure not yet out is "not measured", whatever the SMVP does for 2.2.
        missing: "exclude",
      },
      rules,
      `${year}-12-31`,
    );
    return { year, target, measured, result };
  });
  const latest = rows.filter((r) => r.measured !== null && r.target !== null).at(-1) ?? null;
  return { indicator: ind, years: rows, latest };
}

function chainObjective(
  doc: PlanDocument,
  code: string,
  results: CampaignResults | null,
): ChainObjective {
  const objective = doc.objectives.find((o) => o.code === code);
  const reported = results?.objectives.find((o) => o.code === code);
  return {
    code,
    known: objective !== undefined,
    title: objective?.title ?? code,
    unitKey: objective?.unitKey ?? null,
    achievement: reported?.achievement ?? null,
    indicators: (objective?.indicators ?? []).map((ind) => {
      const r = reported?.indicators.find((i) => i.code === ind.code);
      const year = results?.campaign.year;
      return {
        code: ind.code,
        description: r?.description ?? ind.description,
        unitLabel: ind.unitLabel,
        target: r ? r.target : (ind.targets.find((t) => t.year === year)?.value ?? null),
        measurement: r?.measurement ?? null,
        result: r?.result ?? null,
      };
    }),
  };
}

/** The chain of every public-value objective of the plan, with the campaign's results if any. */
export function publicValueChain(
  doc: PlanDocument,
  results: CampaignResults | null,
  measureStatuses: ReadonlyMap<string, MeasureStatus> = new Map(),
): PublicValueChain {
  const rules = results?.rules ?? DEFAULT_RULES;
  const pv = doc.publicValue;
  const nodes = pv.objectives.map((o): ChainNode => {
    const objectives = o.objectiveCodes.map((c) => chainObjective(doc, c, results));
    const impact = o.impactIndicators.map((i) => impactProgress(i, rules));
    return {
      code: o.code,
      title: o.title,
      description: o.description,
      strategicObjectives: o.strategicObjectiveCodes.map(
        (c) =>
          pv.strategicObjectives.find((s) => s.code === c) ?? {
            code: c,
            title: c,
            programme: null,
          },
      ),
      stakeholders: o.stakeholderKeys.map(
        (k) => pv.stakeholders.find((s) => s.key === k) ?? { key: k, name: k, category: null },
      ),
      objectives,
      impact,
      measures: doc.risk.measures
        .filter((m) => m.publicValueCodes.includes(o.code))
        .map((measure) => ({ measure, status: measureStatuses.get(measure.code) ?? null })),
      performance: rollup(
        objectives.map((x) => x.achievement?.score ?? null),
        rules,
      ),
      impactScore: rollup(
        impact.map((x) => x.latest?.result.score ?? null),
        rules,
      ),
    };
  });
  return {
    campaign: results?.campaign ?? null,
    nodes,
    performance: rollup(
      nodes.map((n) => n.performance.score),
      rules,
    ),
    impactScore: rollup(
      nodes.map((n) => n.impactScore.score),
      rules,
    ),
  };
}
