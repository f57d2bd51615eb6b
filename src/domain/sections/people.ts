/**
 * The categories the sections on people share (3.1, 3.2, 3.3 and the gender
 * statistics): the job areas of the current national contract (CCNL Funzioni
 * Locali 2019-2021) plus dirigenti, gender, age band, role.
 */

export const JOB_AREAS = [
  "operators",
  "expert_operators",
  "instructors",
  "officials",
  "managers",
] as const;
/** Operatori, operatori esperti, istruttori, funzionari ed elevata qualificazione, dirigenti. */
export type JobArea = (typeof JOB_AREAS)[number];

export const GENDERS = ["female", "male"] as const;
export type Gender = (typeof GENDERS)[number];

export const AGE_BANDS = ["under_30", "30_39", "40_49", "50_59", "60_over"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Dirigente, titolare di incarico di elevata qualificazione, other staff. */
export const STAFF_ROLES = ["manager", "eq_holder", "staff"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Section 3.1: how many people of one kind work in one unit (31 December of the year before). */
export interface StaffCount {
  unitKey: string;
  jobArea: JobArea;
  gender: Gender;
  ageBand: AgeBand;
  role: StaffRole;
  partTime: boolean;
  headcount: number;
}

export interface OrganisationRecords {
  /** Date the counts refer to (ISO). */
  staffDate: string | null;
  staff: StaffCount[];
}

export const emptyOrganisation = (): OrganisationRecords => ({ staffDate: null, staff: [] });
