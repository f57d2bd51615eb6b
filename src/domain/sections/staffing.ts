/**
 * Section 3.3, Piano triennale dei fabbisogni di personale, with the
 * training plan: the establishment by profile and job area, departures,
 * planned hires with channel and cost, the spending limits as rules the
 * plan is checked against, the courses.
 */
import type { JobArea } from "./people.ts";

/** Dotazione organica: one professional profile. */
export interface EstablishmentPost {
  profile: string;
  jobArea: JobArea;
  /** Posti previsti. */
  posts: number;
  /** Posti coperti at the start of the plan. */
  filled: number;
}

export const DEPARTURE_REASONS = ["retirement", "mobility", "resignation", "other"] as const;
export type DepartureReason = (typeof DEPARTURE_REASONS)[number];

/** Cessazioni previste. */
export interface Departure {
  year: number;
  profile: string;
  jobArea: JobArea;
  count: number;
  reason: DepartureReason;
}

export const HIRING_CHANNELS = [
  "competition",
  "mobility",
  "existing_ranking",
  "protected_categories",
  "progression",
] as const;
/** Concorso, mobilità, scorrimento di graduatorie, categorie protette (L. 68/1999), progressione verticale. */
export type HiringChannel = (typeof HIRING_CHANNELS)[number];

/** Assunzione programmata. */
export interface PlannedHire {
  code: string;
  year: number;
  profile: string;
  jobArea: JobArea;
  count: number;
  channel: HiringChannel;
  /** Yearly cost of all `count` hires, in euro (never negative). */
  annualCost: number;
  unitKey: string | null;
}

export const SPENDING_LIMIT_BASES = ["planned_hires", "staff_spending"] as const;
/**
 * What a rule limits: the cost of the hires planned in the year, or the
 * whole staff spending (the `committed` spending plus those hires).
 */
export type SpendingLimitBasis = (typeof SPENDING_LIMIT_BASES)[number];

/** Limite di spesa, e.g. art. 33 DL 34/2019 or art. 1 c. 557 L. 296/2006. */
export interface SpendingLimitRule {
  code: string;
  title: string;
  legalReference: string;
  basis: SpendingLimitBasis;
  /** The year it applies to; null for every year of the plan. */
  year: number | null;
  /** Maximum in euro. */
  limit: number;
  /** Spending already committed in euro (for `staff_spending`), else 0. */
  committed: number;
}

/** A course of the training plan. */
export interface TrainingCourse {
  code: string;
  title: string;
  year: number;
  hours: number;
  /** Formazione obbligatoria in materia di sicurezza (D.lgs. 81/2008). */
  mandatorySafety: boolean;
  participantsFemale: number;
  participantsMale: number;
}

export interface StaffingRecords {
  establishment: EstablishmentPost[];
  departures: Departure[];
  hires: PlannedHire[];
  spendingLimits: SpendingLimitRule[];
  training: TrainingCourse[];
}

export const emptyStaffing = (): StaffingRecords => ({
  establishment: [],
  departures: [],
  hires: [],
  spendingLimits: [],
  training: [],
});
