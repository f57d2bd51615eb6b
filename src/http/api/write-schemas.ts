/**
 * What the write API accepts and answers: plans as the JSON bundle that
 * `piao import` reads and `piao export` writes (the same zod schema, so the
 * same validation), objectives and indicators in the bundle's own shape,
 * measurements typed like targets. Each named schema is an OpenAPI component.
 */
import { z } from "zod";
import {
  IndicatorSchema as BundleIndicator,
  ObjectiveSchema as BundleObjective,
  BundleSchema,
} from "../../import/bundle/schema.ts";
import { MeasuredValueSchema } from "./published-schemas.ts";

const edition = z.number().int().min(1);

const expectedEdition = edition
  .optional()
  .describe(
    "The plan's edition the change was made on (or If-Match); another current edition: 409",
  );

export const PlanBundleSchema = BundleSchema.meta({
  id: "PlanBundle",
  description: "A whole plan, as `piao export --format json` writes it and `piao import` reads it",
});

export const PlanObjectiveSchema = BundleObjective.meta({
  id: "PlanObjective",
  description: "An objective as the plan stores it, with its indicators",
});

export const PlanIndicatorSchema = BundleIndicator.meta({
  id: "PlanIndicator",
  description: "An indicator as the plan stores it",
});

const objectiveFields = BundleObjective.omit({ indicators: true });

export const NewObjectiveSchema = objectiveFields
  .extend({ expectedEdition })
  .meta({ id: "NewObjective", description: "A new objective (its indicators are added apart)" });

export const ObjectiveUpdateSchema = objectiveFields
  .omit({ code: true })
  .extend({ expectedEdition })
  .meta({
    id: "ObjectiveUpdate",
    description: "An objective's fields, all of them; its code and indicators stay",
  });

const indicatorFields = BundleIndicator.extend({
  unitLabel: z
    .string()
    .optional()
    .describe("The unit of measure as written («Data», «Numero»); by default from the kind"),
});

export const NewIndicatorSchema = indicatorFields
  .extend({ expectedEdition })
  .meta({ id: "NewIndicator" });

export const IndicatorUpdateSchema = indicatorFields
  .omit({ code: true })
  .extend({ expectedEdition })
  .meta({
    id: "IndicatorUpdate",
    description: "An indicator's fields, all of them; its code stays",
  });

export const MeasurementInputSchema = z
  .object({
    value: MeasuredValueSchema,
    note: z.string().max(2000).nullable().optional(),
    expectedVersion: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("The version read (0 for a new measurement), or If-Match; another: 409"),
  })
  .strict()
  .meta({ id: "MeasurementInput" });

const writeStatus = z
  .enum(["updated", "unchanged"])
  .describe("unchanged: the plan already said so, no edition was made");

export const ObjectiveWriteResultSchema = z
  .object({
    planId: z.number().int(),
    edition: edition.describe("The plan's current edition after the write"),
    status: writeStatus,
    objective: PlanObjectiveSchema,
  })
  .meta({ id: "ObjectiveWriteResult" });

export const IndicatorWriteResultSchema = z
  .object({
    planId: z.number().int(),
    edition,
    status: writeStatus,
    objectiveCode: z.string(),
    indicator: PlanIndicatorSchema,
  })
  .meta({ id: "IndicatorWriteResult" });

const recordDiff = z
  .object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(z.object({ code: z.string(), fields: z.array(z.string()) })),
  })
  .meta({ id: "RecordDiff" });

export const PlanImportResultSchema = z
  .object({
    status: z.enum(["created", "updated", "unchanged"]),
    administrationId: z.number().int(),
    planId: z.number().int(),
    edition,
    changes: z
      .object({
        objectives: recordDiff,
        indicators: recordDiff.describe("Codes «objective/indicator»"),
        parts: z.array(z.string()),
      })
      .nullable()
      .describe("Against the previous edition; null for a new plan"),
  })
  .meta({ id: "PlanImportResult" });

export const MeasurementSchema = z
  .object({
    id: z.number().int(),
    campaignId: z.number().int(),
    objectiveCode: z.string(),
    indicatorCode: z.string(),
    value: MeasuredValueSchema.nullable(),
    note: z.string().nullable(),
    enteredBy: z.string(),
    enteredAt: z.string(),
    version: z.number().int().describe("Send it back as expectedVersion to change it again"),
  })
  .meta({ id: "Measurement" });
