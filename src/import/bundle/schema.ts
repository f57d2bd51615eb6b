/**
 * The JSON bundle: a whole plan in one documented file. This schema validates
 * bundles on import, types them, and produces docs/schema/piao-bundle.schema.json.
 */
import { z } from "zod";
import {
  INDICATOR_KINDS,
  OBJECTIVE_TAGS,
  ORG_UNIT_KINDS,
  PLAN_STATUSES,
  POLARITIES,
} from "../../domain/plan.ts";
import { sectionRecordFields } from "./sections.schema.ts";

export const BUNDLE_FORMAT = "piao-bundle";
export const BUNDLE_VERSION = 1;

const isoDate = z.iso.date().describe("Calendar date, ISO 8601 (yyyy-mm-dd)");
const text = z.string();
const optionalText = z.string().nullable();
const year = z.int().min(1990).max(2200);

export const TargetValueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("deadline"), date: isoDate }).strict(),
  z.object({ kind: z.literal("number"), value: z.number() }).strict(),
  z.object({ kind: z.literal("percent"), value: z.number() }).strict(),
  z.object({ kind: z.literal("boolean"), value: z.boolean() }).strict(),
]);

export const IndicatorSchema = z
  .object({
    code: text.min(1),
    description: text,
    kind: z.enum(INDICATOR_KINDS).describe("Unità di misura: Data, Numero, Percentuale, Sì/No"),
    unitLabel: text.describe("The unit of measure as the document wrote it"),
    polarity: z.enum(POLARITIES).describe("Whether a higher or a lower value is better"),
    baseline: TargetValueSchema.nullable(),
    targets: z.array(z.object({ year, value: TargetValueSchema }).strict()),
    weight: z.number().positive().nullable().describe("Relative weight; null for equal weights"),
  })
  .strict();

export const ObjectiveSchema = z
  .object({
    code: text.min(1),
    title: text.min(1),
    description: text,
    unitKey: optionalText.describe("Key of the responsible unit in `units`"),
    positiveAction: z.int().nullable().describe("Number of the positive-action area"),
    weight: z.number().positive().nullable(),
    tags: z.array(z.enum(OBJECTIVE_TAGS)),
    indicators: z.array(IndicatorSchema),
  })
  .strict();

export const BundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    edition: z.int().positive().optional().describe("Edition number of the plan when exported"),
    administration: z
      .object({
        name: text.min(1),
        kind: optionalText,
        region: optionalText,
        legalSeat: optionalText,
        population: z.number().nonnegative().nullable(),
        areaKm2: z.number().nonnegative().nullable(),
        website: optionalText,
        phone: optionalText,
        pec: optionalText,
        email: optionalText,
        taxCode: optionalText.describe("Codice fiscale"),
        vatNumber: optionalText.describe("Partita IVA"),
        ipaCode: optionalText.describe("Codice IPA"),
        employees: z.int().nonnegative().nullable(),
      })
      .strict(),
    plan: z
      .object({
        title: text.min(1),
        startYear: year,
        endYear: year,
        documentDate: isoDate.nullable(),
        adoptionDate: isoDate.nullable(),
        status: z.enum(PLAN_STATUSES),
      })
      .strict(),
    sections: z.array(
      z
        .object({
          code: optionalText,
          title: text,
          position: z.int().nonnegative(),
          body: text,
          inIndex: z.boolean(),
        })
        .strict(),
    ),
    units: z.array(
      z
        .object({
          key: text.min(1),
          name: text.min(1),
          kind: z.enum(ORG_UNIT_KINDS),
          parentKey: optionalText,
          head: optionalText,
        })
        .strict(),
    ),
    positiveActions: z.array(
      z.object({ number: z.int().positive(), title: text, description: text }).strict(),
    ),
    objectives: z.array(ObjectiveSchema),
    ...sectionRecordFields,
  })
  .strict()
  .describe("A PIAO (Piano Integrato di Attività e Organizzazione) with all its records");

export type Bundle = z.infer<typeof BundleSchema>;

export function bundleJsonSchema(): unknown {
  return z.toJSONSchema(BundleSchema, { target: "draft-2020-12", io: "input" });
}
