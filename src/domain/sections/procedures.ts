/**
 * Letters e) and f) of art. 6 c. 2 DL 80/2021 (objective 1609 of the seed):
 * the yearly list of procedures to simplify and re-engineer and the actions
 * for full physical and digital accessibility, each linked to the objectives
 * (2.2) that carry it out; with them the catalogue of administrative
 * procedures (procedimenti) and their timeliness monitoring, which the
 * seed's objective 1612 calls the measure of the actual quality of services.
 */

/** Monitoraggio dei tempi procedimentali for one year. */
export interface ProcedureTimeliness {
  year: number;
  /** Procedimenti conclusi nell'anno. */
  concluded: number;
  /** Durata media in giorni. */
  averageDays: number;
  /** Of the concluded ones, how many after the legal deadline. */
  concludedLate: number;
}

/** Procedimento amministrativo. */
export interface Procedure {
  code: string;
  title: string;
  /** Key of the responsible OrgUnit. */
  unitKey: string;
  /** Termine di conclusione in giorni (L. 241/1990 art. 2 or the specific rule). */
  legalDeadlineDays: number;
  legalBasis: string | null;
  /** On this year's list of procedures to simplify (letter e). */
  onSimplificationList: boolean;
  timeliness: ProcedureTimeliness[];
}

/** Letter e): a procedure to simplify or re-engineer in a year. */
export interface SimplificationAction {
  code: string;
  title: string;
  description: string;
  year: number;
  procedureCodes: string[];
  /** Performance objectives (2.2) that carry it out. */
  objectiveCodes: string[];
}

export const ACCESSIBILITY_KINDS = ["physical", "digital"] as const;
export type AccessibilityKind = (typeof ACCESSIBILITY_KINDS)[number];
export const ACCESSIBILITY_AUDIENCES = ["over65", "disability"] as const;
export type AccessibilityAudience = (typeof ACCESSIBILITY_AUDIENCES)[number];

/** Letter f): an action for full physical or digital accessibility. */
export interface AccessibilityAction {
  code: string;
  title: string;
  description: string;
  kind: AccessibilityKind;
  audiences: AccessibilityAudience[];
  /** Scadenza (ISO date), if any. */
  deadline: string | null;
  objectiveCodes: string[];
}

export interface ProcedureRecords {
  procedures: Procedure[];
  simplifications: SimplificationAction[];
  accessibility: AccessibilityAction[];
}

export const emptyProcedures = (): ProcedureRecords => ({
  procedures: [],
  simplifications: [],
  accessibility: [],
});
