/**
 * Gender statistics of the staff (seed objectives 1670 and 1674: the gender
 * analysis of the personnel the Piano Azioni Positive and the CUG ask for):
 * women and men, and the share of women, by job area, role, age band,
 * working time, in agile or remote work and in training. Pure: computed
 * from the 3.1 staff counts, the 3.2 agile staff and the 3.3 courses.
 */
import type { PlanDocument } from "./plan.ts";
import { AGILE_MODES } from "./sections/agile-work.ts";
import { AGE_BANDS, type Gender, JOB_AREAS, STAFF_ROLES } from "./sections/people.ts";

export const GENDER_DIMENSIONS = [
  "total",
  "job_area",
  "role",
  "age_band",
  "working_time",
  "agile_work",
  "training",
] as const;
export type GenderDimension = (typeof GENDER_DIMENSIONS)[number];

/** The categories of every dimension, as stable codes (the open data's `category`). */
export const GENDER_CATEGORIES: Record<GenderDimension, readonly string[]> = {
  total: ["staff"],
  job_area: JOB_AREAS,
  role: STAFF_ROLES,
  age_band: AGE_BANDS,
  working_time: ["full_time", "part_time"],
  agile_work: AGILE_MODES,
  /** People trained (a person in two courses counts twice) and hours × participants. */
  training: ["participants", "participant_hours"],
};

export interface GenderRow {
  dimension: GenderDimension;
  category: string;
  women: number;
  men: number;
  total: number;
  /** Women / total × 100; null when the category has nobody. */
  womenShare: number | null;
}

export interface GenderTable {
  dimension: GenderDimension;
  rows: GenderRow[];
}

interface Counted {
  gender: Gender;
  headcount: number;
}

function row(dimension: GenderDimension, category: string, women: number, men: number): GenderRow {
  const total = women + men;
  return {
    dimension,
    category,
    women,
    men,
    total,
    womenShare: total === 0 ? null : (women / total) * 100,
  };
}

function byCategory<T extends Counted>(
  dimension: GenderDimension,
  items: readonly T[],
  categoryOf: (item: T) => string,
): GenderTable {
  const sum = (category: string, gender: Gender) =>
    items
      .filter((i) => categoryOf(i) === category && i.gender === gender)
      .reduce((s, i) => s + i.headcount, 0);
  return {
    dimension,
    rows: GENDER_CATEGORIES[dimension].map((c) =>
      row(dimension, c, sum(c, "female"), sum(c, "male")),
    ),
  };
}

function training(doc: PlanDocument): GenderTable {
  const courses = doc.staffing.training;
  const sum = (value: (c: (typeof courses)[number]) => number) =>
    courses.reduce((s, c) => s + value(c), 0);
  return {
    dimension: "training",
    rows: [
      row(
        "training",
        "participants",
        sum((c) => c.participantsFemale),
        sum((c) => c.participantsMale),
      ),
      row(
        "training",
        "participant_hours",
        sum((c) => c.participantsFemale * c.hours),
        sum((c) => c.participantsMale * c.hours),
      ),
    ],
  };
}

/** One table per dimension, in the order of GENDER_DIMENSIONS. */
export function genderStatistics(doc: PlanDocument): GenderTable[] {
  const staff = doc.organisation.staff;
  return [
    byCategory("total", staff, () => "staff"),
    byCategory("job_area", staff, (s) => s.jobArea),
    byCategory("role", staff, (s) => s.role),
    byCategory("age_band", staff, (s) => s.ageBand),
    byCategory("working_time", staff, (s) => (s.partTime ? "part_time" : "full_time")),
    byCategory("agile_work", doc.agileWork.staff, (s) => s.mode),
    training(doc),
  ];
}

/** Whether there is anything to show: staff, agile staff or course participants. */
export function hasGenderData(tables: readonly GenderTable[]): boolean {
  return tables.some((t) => t.rows.some((r) => r.total > 0));
}
