/**
 * What the section-record operations read and write: each group is the
 * bundle's own schema (src/import/bundle/sections.schema.ts), named as a
 * component of the OpenAPI document, so a client writes a group exactly as
 * `piao export` writes it and `piao import` reads it.
 */
import { z } from "zod";
import type { SectionRecordField } from "../../domain/sections/index.ts";
import { SECTION_RECORD_SCHEMAS as S } from "../../services/section-records-editing.ts";

const named = <T extends z.ZodType>(schema: T, id: string) =>
  schema.meta({ id, description: schema.description ?? id });

/** Each group's records, as the bundle holds them. */
export const GROUP_SCHEMAS = {
  publicValue: named(S.publicValue, "PublicValueRecords"),
  procedures: named(S.procedures, "ProcedureRecords"),
  risk: named(S.risk, "RiskRecords"),
  organisation: named(S.organisation, "OrganisationRecords"),
  agileWork: named(S.agileWork, "AgileWorkRecords"),
  staffing: named(S.staffing, "StaffingRecords"),
} as const satisfies Record<SectionRecordField, z.ZodType>;

export type GroupSchema<G extends SectionRecordField> = (typeof GROUP_SCHEMAS)[G];

const id = z.number().int();
const section = z.string().describe("Schema-tipo section the records belong to, «2.3»");

/** A group of the plan's current edition. */
export const recordsAnswer = <G extends SectionRecordField>(group: G) =>
  z.object({
    planId: id,
    edition: id.describe("The current edition: send it back with the change"),
    section,
    records: GROUP_SCHEMAS[group] as GroupSchema<G>,
  });

/** The group that replaces the current one. */
export const recordsBody = <G extends SectionRecordField>(group: G) =>
  z
    .object({
      edition: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe("The edition the records were read from (or If-Match); required"),
      records: GROUP_SCHEMAS[group] as GroupSchema<G>,
    })
    .strict();

/** The group as stored: the new edition, or the same one when nothing changed. */
export const recordsWriteAnswer = <G extends SectionRecordField>(group: G) =>
  recordsAnswer(group).extend({
    status: z.enum(["updated", "unchanged"]),
  });

/** A group of a published plan. */
export const publishedRecordsAnswer = <G extends SectionRecordField>(group: G) =>
  z.object({
    administrationId: id,
    planId: id,
    period: z.string().describe("«2025-2027»"),
    editionNumber: id.describe("The published edition"),
    section,
    records: GROUP_SCHEMAS[group] as GroupSchema<G>,
  });

export const PlanPeriodParams = z.object({
  administrationId: z.coerce.number().int().min(1),
  period: z
    .string()
    .regex(/^\d{4}-\d{4}$/)
    .describe("The plan's years, «2025-2027»"),
});
