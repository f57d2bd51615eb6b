/**
 * What the read API answers about published plans: each schema named here
 * (`meta({ id })`) is a component of the OpenAPI document. Only what
 * services/public/read.ts makes public appears: no heads' names, notes or
 * neutralisation reasons.
 */
import { z } from "zod";
import { INDICATOR_KINDS, OBJECTIVE_TAGS, ORG_UNIT_KINDS, POLARITIES } from "../../domain/plan.ts";
import { TargetValueSchema as BundleTargetValue } from "../../import/bundle/schema.ts";
import { PublicAdministrationSchema } from "./schemas.ts";

const id = z.number().int();
const isoDate = z.iso.date();

export const TargetValueSchema = BundleTargetValue.meta({
  id: "TargetValue",
  description:
    "A value typed by the indicator's kind: a date for deadlines, a number for numbers and percentages, true/false for yes/no",
});

export const MeasuredValueSchema = z
  .discriminatedUnion("kind", [
    z
      .object({
        kind: z.literal("deadline"),
        doneOn: isoDate.nullable().describe("When it was done; null: not done yet"),
      })
      .strict(),
    z.object({ kind: z.literal("number"), value: z.number() }).strict(),
    z.object({ kind: z.literal("percent"), value: z.number() }).strict(),
    z.object({ kind: z.literal("boolean"), value: z.boolean() }).strict(),
  ])
  .meta({
    id: "MeasuredValue",
    description: "A measurement, typed like the targets; for a deadline, the day it was met",
  });

export const BandSchema = z
  .object({ min: z.number(), id: z.string(), label: z.string() })
  .meta({ id: "Band", description: "A band of the SMVP: lowest score and its name" });

export const AchievementSchema = z
  .object({
    score: z.number().nullable().describe("0–100; null when nothing measurable counts"),
    band: BandSchema.nullable(),
    blocked: z.boolean().describe("An indicator that blocks scoring has no measurement"),
    counted: z.number().int().describe("Parts (indicators or objectives) that count"),
    total: z.number().int(),
  })
  .meta({ id: "Achievement", description: "Grado di raggiungimento" });

export const CampaignKindSchema = z
  .enum(["midyear", "yearend"])
  .describe("infrannuale, consuntivo");

export const PlanSummarySchema = z
  .object({
    planId: id,
    administrationId: id,
    startYear: z.number().int(),
    endYear: z.number().int(),
    period: z.string().describe("«2025-2027»"),
    title: z.string(),
    editionNumber: z.number().int().describe("The published edition"),
    approvalDate: isoDate.describe("Date of the approving act"),
    approvalAct: z.string().describe("Estremi dell'atto di approvazione"),
    approvingAuthority: z.string().describe("Organo che ha approvato"),
    documentUrl: z.string().nullable().describe("The plan on the administration's own site"),
    smallAdministration: z.boolean().describe("Fewer than 50 employees (simplified PIAO)"),
    publishedAt: z.string().describe("ISO 8601 timestamp"),
  })
  .meta({ id: "PlanSummary", description: "A published plan, as the Portale PIAO records it" });

export const AdministrationDetailSchema = PublicAdministrationSchema.extend({
  plans: z.array(PlanSummarySchema).describe("Published plans, newest first"),
}).meta({ id: "AdministrationDetail" });

export const PublishedCampaignSchema = z
  .object({
    id,
    year: z.number().int(),
    kind: CampaignKindSchema,
    referenceDate: isoDate,
    publishedAt: z.string(),
  })
  .meta({
    id: "PublishedCampaign",
    description: "A closed monitoring campaign whose results are public",
  });

export const UnitSchema = z
  .object({
    key: z.string().describe("Stable key: the unit's full path"),
    name: z.string(),
    kind: z.enum(ORG_UNIT_KINDS),
    parentKey: z.string().nullable(),
  })
  .meta({ id: "Unit", description: "A unit of the organisation (Area, Settore, Ufficio)" });

export const PlanDetailSchema = PlanSummarySchema.extend({
  administration: PublicAdministrationSchema,
  sections: z.array(
    z
      .object({
        code: z.string().nullable().describe("Schema-tipo code, «2.2»; null for unnumbered parts"),
        title: z.string(),
        position: z.number().int(),
        inIndex: z.boolean(),
        hasText: z.boolean(),
      })
      .meta({ id: "Section" }),
  ),
  positiveActions: z.array(
    z
      .object({ number: z.number().int(), title: z.string(), description: z.string() })
      .meta({ id: "PositiveActionArea", description: "Ambito del Piano Azioni Positive" }),
  ),
  units: z.array(UnitSchema),
  campaigns: z.array(PublishedCampaignSchema),
  counts: z.object({ objectives: z.number().int(), indicators: z.number().int() }),
}).meta({
  id: "Plan",
  description: "A published plan with its sections, areas, units and campaigns",
});

export const ObjectiveSummarySchema = z
  .object({
    code: z.string(),
    title: z.string(),
    description: z.string(),
    unitKey: z.string().nullable(),
    unitName: z.string().nullable(),
    positiveAction: z.number().int().nullable().describe("Number of the positive-action area"),
    weight: z.number().nullable().describe("Relative weight; null: equal weights"),
    tags: z.array(z.enum(OBJECTIVE_TAGS)),
    indicatorCount: z.number().int(),
  })
  .meta({ id: "ObjectiveSummary" });

export const IndicatorSchema = z
  .object({
    objectiveCode: z.string(),
    code: z.string(),
    description: z.string(),
    kind: z.enum(INDICATOR_KINDS),
    unitLabel: z.string().describe("The unit of measure as the document wrote it"),
    polarity: z.enum(POLARITIES),
    baseline: TargetValueSchema.nullable(),
    targets: z.array(
      z.object({ year: z.number().int(), value: TargetValueSchema }).meta({ id: "Target" }),
    ),
    weight: z.number().nullable(),
  })
  .meta({ id: "Indicator" });

const campaignRef = {
  campaignId: id,
  year: z.number().int(),
  kind: CampaignKindSchema,
  referenceDate: isoDate,
};

export const IndicatorResultSchema = z
  .object({
    ...campaignRef,
    originalTarget: TargetValueSchema.nullable(),
    target: TargetValueSchema.nullable().describe("After approved re-programming"),
    reprogrammed: z.boolean(),
    measurement: MeasuredValueSchema.nullable(),
    state: z.enum(["scored", "in_progress", "not_measured", "neutralised", "no_target"]),
    score: z.number().nullable(),
    delayDays: z.number().int().nullable(),
    counted: z.boolean(),
    neutralised: z.boolean(),
  })
  .meta({
    id: "IndicatorResult",
    description: "An indicator's measurement and score in a campaign",
  });

export const ObjectiveResultSchema = z
  .object({ ...campaignRef, neutralised: z.boolean(), achievement: AchievementSchema })
  .meta({ id: "ObjectiveResult", description: "An objective's achievement in a campaign" });

export const ObjectiveDetailSchema = ObjectiveSummarySchema.extend({
  indicators: z.array(
    IndicatorSchema.extend({ results: z.array(IndicatorResultSchema) }).meta({
      id: "IndicatorWithResults",
    }),
  ),
  results: z.array(ObjectiveResultSchema),
}).meta({ id: "Objective", description: "An objective with its indicators, targets and results" });

export const ACHIEVEMENT_LEVELS = ["administration", "unit", "area", "tag", "objective"] as const;

export const AchievementEntrySchema = z
  .object({
    ...campaignRef,
    level: z.enum(ACHIEVEMENT_LEVELS),
    key: z
      .string()
      .nullable()
      .describe("Unit key, area number, tag or objective code; null for the administration"),
    label: z.string(),
    achievement: AchievementSchema,
  })
  .meta({ id: "AchievementEntry" });

const codeText = z.string().min(1).max(100);

export const PlanParams = z.object({ planId: z.coerce.number().int().min(1) });
export const ObjectiveParams = PlanParams.extend({ code: codeText.describe("Objective code") });

/** Filters of a plan's objectives and indicators. */
export const ObjectiveFilter = z.object({
  unit: z
    .string()
    .max(1000)
    .optional()
    .describe("Unit key: objectives of that unit and of the units below it"),
  area: z.coerce.number().int().min(1).optional().describe("Positive-action area number"),
  tag: z.enum(OBJECTIVE_TAGS).optional(),
});

export const yearQuery = z.coerce.number().int().min(1990).max(2200);
