/**
 * The open data of sections 3.1–3.3 and the gender statistics, registered
 * in datasets.ts: staff counts, agile-work counts, planned hires, courses
 * and one row per gender-statistics category. Aggregated numbers only: no
 * record of these sections names a person. Same conventions as datasets.ts
 * (stable snake_case columns, Italian headers, enumerations as codes).
 */
import { GENDER_CATEGORIES, genderStatistics } from "../../domain/gender-statistics.ts";
import { AGILE_MODES } from "../../domain/sections/agile-work.ts";
import { AGE_BANDS, GENDERS, JOB_AREAS, STAFF_ROLES } from "../../domain/sections/people.ts";
import { HIRING_CHANNELS } from "../../domain/sections/staffing.ts";
import type { PublishedPlan } from "../public/read.ts";
// Types only: datasets.ts imports this module's values.
import type { Column, ColumnType, Row } from "./datasets.ts";

export const PEOPLE_DATASET_IDS = [
  "personale",
  "lavoro-agile",
  "fabbisogni",
  "formazione",
  "statistiche-genere",
] as const;
export type PeopleDatasetId = (typeof PEOPLE_DATASET_IDS)[number];

const col = (name: string, header: string, type: ColumnType = "text"): Column => ({
  name,
  header,
  type,
});

const UNIT = col("unit", "Struttura");
const JOB_AREA = col("job_area", "Area professionale");
const GENDER = col("gender", "Genere");
const HEADCOUNT = col("headcount", "Numero di persone", "integer");
const YEAR = col("year", "Anno", "integer");

export const PEOPLE_COLUMNS: Record<PeopleDatasetId, readonly Column[]> = {
  personale: [
    col("reference_date", "Data di riferimento", "date"),
    UNIT,
    JOB_AREA,
    GENDER,
    col("age_band", "Fascia d'età"),
    col("role", "Ruolo"),
    col("part_time", "Part-time", "boolean"),
    HEADCOUNT,
  ],
  "lavoro-agile": [UNIT, GENDER, col("mode", "Modalità"), HEADCOUNT],
  fabbisogni: [
    col("hire_code", "Codice assunzione"),
    YEAR,
    col("profile", "Profilo professionale"),
    JOB_AREA,
    col("count", "Numero di assunzioni", "integer"),
    col("channel", "Modalità di reclutamento"),
    col("annual_cost", "Costo annuo (euro)", "number"),
    UNIT,
  ],
  formazione: [
    col("course_code", "Codice corso"),
    YEAR,
    col("title", "Corso"),
    col("hours", "Ore", "number"),
    col("mandatory_safety", "Formazione obbligatoria sulla sicurezza", "boolean"),
    col("participants_female", "Partecipanti donne", "integer"),
    col("participants_male", "Partecipanti uomini", "integer"),
  ],
  "statistiche-genere": [
    col("dimension", "Dimensione"),
    col("category", "Categoria"),
    col("women", "Donne", "number"),
    col("men", "Uomini", "number"),
    col("total", "Totale", "number"),
    col("women_share", "Quota di donne (%)", "number"),
  ],
};

export const PEOPLE_CODES = {
  job_area: JOB_AREAS,
  gender: GENDERS,
  age_band: AGE_BANDS,
  role: STAFF_ROLES,
  mode: AGILE_MODES,
  channel: HIRING_CHANNELS,
  dimension: Object.keys(GENDER_CATEGORIES),
  category: [...new Set(Object.values(GENDER_CATEGORIES).flat())],
} as const;

const share = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

export const PEOPLE_BUILDERS: Record<PeopleDatasetId, (plan: PublishedPlan) => Row[]> = {
  personale: ({ document: d }) =>
    d.organisation.staff.map((s) => ({
      reference_date: d.organisation.staffDate,
      unit: s.unitKey,
      job_area: s.jobArea,
      gender: s.gender,
      age_band: s.ageBand,
      role: s.role,
      part_time: s.partTime,
      headcount: s.headcount,
    })),
  "lavoro-agile": ({ document: d }) =>
    d.agileWork.staff.map((s) => ({
      unit: s.unitKey,
      gender: s.gender,
      mode: s.mode,
      headcount: s.headcount,
    })),
  fabbisogni: ({ document: d }) =>
    d.staffing.hires.map((h) => ({
      hire_code: h.code,
      year: h.year,
      profile: h.profile,
      job_area: h.jobArea,
      count: h.count,
      channel: h.channel,
      annual_cost: h.annualCost,
      unit: h.unitKey,
    })),
  formazione: ({ document: d }) =>
    d.staffing.training.map((c) => ({
      course_code: c.code,
      year: c.year,
      title: c.title,
      hours: c.hours,
      mandatory_safety: c.mandatorySafety,
      participants_female: c.participantsFemale,
      participants_male: c.participantsMale,
    })),
  "statistiche-genere": ({ document: d }) =>
    genderStatistics(d).flatMap((t) =>
      t.rows.map((r) => ({
        dimension: r.dimension,
        category: r.category,
        women: r.women,
        men: r.men,
        total: r.total,
        women_share: share(r.womenShare),
      })),
    ),
};
