/**
 * The bundle's schema for the records of sections 2.1, 2.3, 3.x and letters
 * e–f (src/domain/sections). Each group defaults to empty, so bundles written
 * before these sections existed still read. The types at the end make the
 * compiler check that the schema and the domain types say the same.
 */
import { z } from "zod";
import { INDICATOR_KINDS, POLARITIES } from "../../domain/plan.ts";
import { AGILE_CONDITION_KINDS, AGILE_MODES } from "../../domain/sections/agile-work.ts";
import { emptySectionRecords, type SectionRecords } from "../../domain/sections/index.ts";
import { AGE_BANDS, GENDERS, JOB_AREAS, STAFF_ROLES } from "../../domain/sections/people.ts";
import { ACCESSIBILITY_AUDIENCES, ACCESSIBILITY_KINDS } from "../../domain/sections/procedures.ts";
import {
  GENERAL_MEASURES,
  LAW_RISK_AREAS,
  MEASURE_KINDS,
  OBLIGATION_STATUSES,
  RISK_AGGREGATIONS,
  RISK_DIMENSIONS,
  SPECIFIC_MEASURE_TYPES,
  UPDATE_FREQUENCIES,
} from "../../domain/sections/risk.ts";
import {
  DEPARTURE_REASONS,
  HIRING_CHANNELS,
  SPENDING_LIMIT_BASES,
} from "../../domain/sections/staffing.ts";

const isoDate = z.iso.date().describe("Calendar date, ISO 8601 (yyyy-mm-dd)");
const text = z.string();
const code = z.string().min(1);
const optionalText = z.string().nullable();
const year = z.int().min(1990).max(2200);
const count = z.int().nonnegative();
const codes = z.array(code);

const TargetValue = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("deadline"), date: isoDate }).strict(),
  z.object({ kind: z.literal("number"), value: z.number() }).strict(),
  z.object({ kind: z.literal("percent"), value: z.number() }).strict(),
  z.object({ kind: z.literal("boolean"), value: z.boolean() }).strict(),
]);
const YearValue = z.object({ year, value: TargetValue }).strict();

export const SectionIndicatorSchema = z
  .object({
    code,
    description: text,
    kind: z.enum(INDICATOR_KINDS),
    unitLabel: text,
    polarity: z.enum(POLARITIES),
    baseline: TargetValue.nullable(),
    baselineYear: year.nullable(),
    targets: z.array(YearValue),
    source: optionalText.describe("Fonte del dato, e.g. ISTAT BES"),
    measurements: z.array(YearValue).describe("Values measured so far, by year"),
  })
  .strict();

export const PublicValueSchema = z
  .object({
    stakeholders: z.array(
      z.object({ key: code, name: text.min(1), category: optionalText }).strict(),
    ),
    strategicObjectives: z.array(
      z
        .object({
          code,
          title: text.min(1),
          programme: optionalText.describe("Missione / programma of the DUP"),
        })
        .strict(),
    ),
    objectives: z.array(
      z
        .object({
          code,
          title: text.min(1),
          description: text,
          strategicObjectiveCodes: codes,
          stakeholderKeys: codes,
          objectiveCodes: codes.describe("Performance objectives (2.2) that carry it out"),
          impactIndicators: z.array(SectionIndicatorSchema),
        })
        .strict(),
    ),
  })
  .strict()
  .describe("Section 2.1, Valore pubblico");

export const ProceduresSchema = z
  .object({
    procedures: z.array(
      z
        .object({
          code,
          title: text.min(1),
          unitKey: code.describe("Responsible unit (key in `units`)"),
          legalDeadlineDays: z.int().positive(),
          legalBasis: optionalText,
          onSimplificationList: z.boolean(),
          timeliness: z.array(
            z
              .object({
                year,
                concluded: count,
                averageDays: z.number().nonnegative(),
                concludedLate: count,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    simplifications: z.array(
      z
        .object({
          code,
          title: text.min(1),
          description: text,
          year,
          procedureCodes: codes,
          objectiveCodes: codes,
        })
        .strict(),
    ),
    accessibility: z.array(
      z
        .object({
          code,
          title: text.min(1),
          description: text,
          kind: z.enum(ACCESSIBILITY_KINDS),
          audiences: z.array(z.enum(ACCESSIBILITY_AUDIENCES)),
          deadline: isoDate.nullable(),
          objectiveCodes: codes,
        })
        .strict(),
    ),
  })
  .strict()
  .describe("Letters e) and f): procedures to simplify, accessibility, catalogue of procedures");

const RatingInput = z
  .object({
    ratings: z.array(
      z
        .object({ indicatorCode: code, level: z.int().positive(), motivation: text.min(1) })
        .strict(),
    ),
  })
  .strict();

export const RiskSchema = z
  .object({
    matrix: z
      .object({
        levels: z.array(text.min(1)).min(2),
        ratings: z.array(text.min(1)).min(2),
        aggregation: z.enum(RISK_AGGREGATIONS),
        cells: z.array(z.array(z.int().nonnegative())),
      })
      .strict(),
    indicators: z.array(
      z.object({ code, dimension: z.enum(RISK_DIMENSIONS), title: text.min(1) }).strict(),
    ),
    areas: z.array(
      z
        .object({
          code,
          title: text.min(1),
          general: z.boolean(),
          lawArea: z.enum(LAW_RISK_AREAS).nullable(),
        })
        .strict(),
    ),
    macroProcesses: z.array(z.object({ code, areaCode: code, title: text.min(1) }).strict()),
    processes: z.array(
      z
        .object({
          code,
          macroProcessCode: code,
          title: text.min(1),
          unitKey: code.describe("Responsible unit (key in `units`)"),
          phases: z.array(
            z.object({ code, title: text.min(1), unitKey: code.nullable() }).strict(),
          ),
        })
        .strict(),
    ),
    events: z.array(
      z
        .object({ code, processCode: code, phaseCode: code.nullable(), description: text.min(1) })
        .strict(),
    ),
    assessments: z.array(
      z.object({ eventCode: code, before: RatingInput, after: RatingInput.nullable() }).strict(),
    ),
    measures: z.array(
      z
        .object({
          code,
          kind: z.enum(MEASURE_KINDS),
          generalMeasure: z.enum(GENERAL_MEASURES).nullable(),
          specificType: z.enum(SPECIFIC_MEASURE_TYPES).nullable(),
          title: text.min(1),
          description: text,
          unitKey: code,
          deadline: isoDate.nullable(),
          indicator: text,
          target: text,
          eventCodes: codes,
          publicValueCodes: codes,
        })
        .strict(),
    ),
    obligations: z.array(
      z
        .object({
          code,
          titulus: code.describe("Code of the transparency-titulus vocabulary"),
          obligation: text.min(1),
          legalReference: text,
          producerUnitKey: code,
          publisherUnitKey: code,
          frequency: z.enum(UPDATE_FREQUENCIES),
          status: z.enum(OBLIGATION_STATUSES),
        })
        .strict(),
    ),
  })
  .strict()
  .describe("Section 2.3, Rischi corruttivi e trasparenza");

export const OrganisationSchema = z
  .object({
    staffDate: isoDate.nullable(),
    staff: z.array(
      z
        .object({
          unitKey: code,
          jobArea: z.enum(JOB_AREAS),
          gender: z.enum(GENDERS),
          ageBand: z.enum(AGE_BANDS),
          role: z.enum(STAFF_ROLES),
          partTime: z.boolean(),
          headcount: count,
        })
        .strict(),
    ),
  })
  .strict()
  .describe("Section 3.1: staff by unit, job area, gender, age band, role");

export const AgileWorkSchema = z
  .object({
    conditions: z.array(
      z
        .object({
          code,
          kind: z.enum(AGILE_CONDITION_KINDS),
          description: text.min(1),
          met: z.boolean(),
        })
        .strict(),
    ),
    objectives: z.array(
      z
        .object({
          code,
          title: text.min(1),
          description: text,
          indicators: z.array(SectionIndicatorSchema),
        })
        .strict(),
    ),
    staff: z.array(
      z
        .object({
          unitKey: code,
          gender: z.enum(GENDERS),
          mode: z.enum(AGILE_MODES),
          headcount: count,
        })
        .strict(),
    ),
  })
  .strict()
  .describe("Section 3.2, Organizzazione del lavoro agile");

export const StaffingSchema = z
  .object({
    establishment: z.array(
      z
        .object({ profile: text.min(1), jobArea: z.enum(JOB_AREAS), posts: count, filled: count })
        .strict(),
    ),
    departures: z.array(
      z
        .object({
          year,
          profile: text.min(1),
          jobArea: z.enum(JOB_AREAS),
          count,
          reason: z.enum(DEPARTURE_REASONS),
        })
        .strict(),
    ),
    hires: z.array(
      z
        .object({
          code,
          year,
          profile: text.min(1),
          jobArea: z.enum(JOB_AREAS),
          count: z.int().positive(),
          channel: z.enum(HIRING_CHANNELS),
          annualCost: z.number().nonnegative().describe("Yearly cost in euro"),
          unitKey: code.nullable(),
        })
        .strict(),
    ),
    spendingLimits: z.array(
      z
        .object({
          code,
          title: text.min(1),
          legalReference: text,
          basis: z.enum(SPENDING_LIMIT_BASES),
          year: year.nullable(),
          limit: z.number().nonnegative(),
          committed: z.number().nonnegative(),
        })
        .strict(),
    ),
    training: z.array(
      z
        .object({
          code,
          title: text.min(1),
          year,
          hours: z.number().nonnegative(),
          mandatorySafety: z.boolean(),
          participantsFemale: count,
          participantsMale: count,
        })
        .strict(),
    ),
  })
  .strict()
  .describe("Section 3.3, fabbisogni di personale, and the training plan");

const emptyLists = <T extends z.ZodObject>(schema: T, value: z.input<T>) =>
  schema.default(value as never);

/** The section fields of the bundle, each defaulting to empty. */
const empty = emptySectionRecords();
export const sectionRecordFields = {
  publicValue: emptyLists(PublicValueSchema, empty.publicValue),
  procedures: emptyLists(ProceduresSchema, empty.procedures),
  risk: emptyLists(RiskSchema, empty.risk),
  organisation: emptyLists(OrganisationSchema, empty.organisation),
  agileWork: emptyLists(AgileWorkSchema, empty.agileWork),
  staffing: emptyLists(StaffingSchema, empty.staffing),
};

type Parsed = {
  [K in keyof typeof sectionRecordFields]: z.output<(typeof sectionRecordFields)[K]>;
};
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof that the schema reads exactly the domain's SectionRecords. */
export const SCHEMA_MATCHES_DOMAIN: Same<Parsed, SectionRecords> = true;
