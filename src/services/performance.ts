/**
 * The achievement tree of a campaign: administration → units → objectives →
 * indicators, plus positive-action areas and tags. Computed from the records
 * while the campaign is open; read back exactly as frozen once it is closed.
 */
import { computeRollup } from "../domain/achievement/rollup.ts";
import type {
  Achievement,
  AchievementRules,
  IndicatorAchievement,
  MeasuredValue,
  ObjectiveInput,
} from "../domain/achievement/types.ts";
import type { IndicatorKind, ObjectiveTag, OrgUnit, TargetValue } from "../domain/plan.ts";
import type { Db } from "../store/database.ts";
import { listMeasurements, toMeasuredValue } from "../store/repositories/measurement.repository.ts";
import {
  type CampaignContext,
  effectiveDescription,
  effectiveTarget,
  indicatorKey,
  loadCampaignContext,
  originalTarget,
} from "./campaign-context.ts";

export interface IndicatorReport {
  code: string;
  description: string;
  kind: IndicatorKind;
  originalTarget: TargetValue | null;
  /** Equal to originalTarget unless a re-programming was approved. */
  target: TargetValue | null;
  reprogrammed: boolean;
  measurement: MeasuredValue | null;
  note: string | null;
  neutralisedReason: string | null;
  result: IndicatorAchievement;
}

export interface ObjectiveReport {
  code: string;
  title: string;
  unitKey: string | null;
  positiveAction: number | null;
  tags: ObjectiveTag[];
  neutralisedReason: string | null;
  achievement: Achievement;
  indicators: IndicatorReport[];
}

export interface PerformanceReport {
  campaign: { id: number; year: number; kind: string; referenceDate: string; status: string };
  administration: { name: string; achievement: Achievement };
  units: (OrgUnit & { achievement: Achievement })[];
  objectives: ObjectiveReport[];
  positiveActions: { number: number; title: string; achievement: Achievement }[];
  tags: { tag: string; achievement: Achievement }[];
  rules: AchievementRules;
  /** True when read from the frozen results of a closed campaign. */
  frozen: boolean;
}

interface Loaded {
  ctx: CampaignContext;
  measurements: Map<string, { value: MeasuredValue | null; note: string | null }>;
  neutralised: Map<string, string>;
}

async function loadInputs(db: Db, campaignId: number): Promise<Loaded> {
  const ctx = await loadCampaignContext(db, campaignId);
  const rows = await listMeasurements(db, ctx.administrationId, campaignId);
  const measurements = new Map(
    rows.map((r) => [
      indicatorKey(r.objective_code, r.indicator_code),
      { value: toMeasuredValue(r), note: r.note },
    ]),
  );
  const neutral = await db
    .selectFrom("neutralisation")
    .select(["objective_code", "indicator_code", "reason"])
    .where("administration_id", "=", ctx.administrationId)
    .where("campaign_id", "=", campaignId)
    .execute();
  const neutralised = new Map(
    neutral.map((n) => [indicatorKey(n.objective_code, n.indicator_code), n.reason]),
  );
  return { ctx, measurements, neutralised };
}

function objectiveInputs({ ctx, measurements, neutralised }: Loaded): ObjectiveInput[] {
  const year = ctx.campaign.year;
  const overrides = ctx.settings.settings.indicators;
  return ctx.document.objectives.map((o) => {
    const whole = neutralised.get(indicatorKey(o.code, ""));
    return {
      code: o.code,
      unitKey: o.unitKey,
      positiveAction: o.positiveAction,
      tags: o.tags,
      weight: o.weight,
      neutralised: whole === undefined ? null : { reason: whole },
      indicators: o.indicators.map((i) => {
        const key = indicatorKey(o.code, i.code);
        const override = overrides[key] ?? {};
        const reason = neutralised.get(key);
        return {
          code: i.code,
          kind: i.kind,
          polarity: override.polarity ?? i.polarity,
          target: effectiveTarget(ctx, o.code, i, year),
          measurement: measurements.get(key)?.value ?? null,
          weight: i.weight,
          ...(override.missing ? { missing: override.missing } : {}),
          neutralised: reason === undefined ? null : { reason },
        };
      }),
    };
  });
}

const strip = <T extends Achievement>(a: T): Achievement => ({
  score: a.score,
  band: a.band,
  blocked: a.blocked,
  counted: a.counted,
  total: a.total,
});

/** Computes the report from the records, whatever the campaign's status. */
export async function computePerformance(db: Db, campaignId: number): Promise<PerformanceReport> {
  const loaded = await loadInputs(db, campaignId);
  const { ctx, measurements, neutralised } = loaded;
  const rules = ctx.settings.settings.rules;
  const inputs = objectiveInputs(loaded);
  const result = computeRollup({
    rules,
    referenceDate: ctx.campaign.reference_date,
    units: ctx.document.units.map((u) => ({ key: u.key, name: u.name, parentKey: u.parentKey })),
    objectives: inputs,
  });
  const doc = ctx.document;
  return {
    campaign: {
      id: ctx.campaign.id,
      year: ctx.campaign.year,
      kind: ctx.campaign.kind,
      referenceDate: ctx.campaign.reference_date,
      status: ctx.campaign.status,
    },
    administration: { name: doc.administration.name, achievement: result.administration },
    units: doc.units.map((u, i) => ({ ...u, achievement: strip(result.units[i] as Achievement) })),
    objectives: doc.objectives.map((o, i) => {
      const computed = result.objectives[i];
      return {
        code: o.code,
        title: o.title,
        unitKey: o.unitKey,
        positiveAction: o.positiveAction,
        tags: o.tags,
        neutralisedReason: neutralised.get(indicatorKey(o.code, "")) ?? null,
        achievement: strip(computed as Achievement),
        indicators: o.indicators.map((ind, j) => {
          const key = indicatorKey(o.code, ind.code);
          const original = originalTarget(ind, ctx.campaign.year);
          const target = inputs[i]?.indicators[j]?.target as TargetValue | null;
          return {
            code: ind.code,
            description: effectiveDescription(ctx, o.code, ind),
            kind: ind.kind,
            originalTarget: original,
            target,
            reprogrammed: JSON.stringify(original) !== JSON.stringify(target),
            measurement: measurements.get(key)?.value ?? null,
            note: measurements.get(key)?.note ?? null,
            neutralisedReason: neutralised.get(key) ?? null,
            result: computed?.indicators[j] as IndicatorAchievement,
          };
        }),
      };
    }),
    positiveActions: result.positiveActions.map((g) => ({
      number: Number(g.key),
      title: doc.positiveActions.find((a) => a.number === Number(g.key))?.title ?? "",
      achievement: strip(g),
    })),
    tags: result.tags.map((g) => ({ tag: g.key, achievement: strip(g) })),
    rules,
    frozen: false,
  };
}

/** The campaign's results: frozen ones for a closed campaign, computed ones for an open one. */
export async function campaignPerformance(db: Db, campaignId: number): Promise<PerformanceReport> {
  const frozen = await db
    .selectFrom("campaign_result")
    .select("result")
    .where("campaign_id", "=", campaignId)
    .executeTakeFirst();
  if (frozen) return { ...(JSON.parse(frozen.result) as PerformanceReport), frozen: true };
  return computePerformance(db, campaignId);
}
