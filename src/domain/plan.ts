import type { SectionRecords } from "./sections/index.ts";

/**
 * The PIAO as plain data: what a reader produces and what the store keeps.
 * Names follow the glossary of DOMAIN.md (Italian → code).
 */

/** Ente / Amministrazione: scheda anagrafica (section 1 of the schema tipo). */
export interface Administration {
  name: string;
  /** Tipologia (e.g. "Città metropolitana"), when the document says it. */
  kind: string | null;
  region: string | null;
  legalSeat: string | null;
  population: number | null;
  /** Superficie in km². */
  areaKm2: number | null;
  website: string | null;
  phone: string | null;
  pec: string | null;
  email: string | null;
  /** Codice fiscale (11 digits for bodies, validated by check digit). */
  taxCode: string | null;
  /** Partita IVA (11 digits, validated by check digit). */
  vatNumber: string | null;
  /** Codice IPA (Indice delle Pubbliche Amministrazioni). */
  ipaCode: string | null;
  employees: number | null;
}

export const PLAN_STATUSES = ["draft", "adopted", "published"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A PIAO: one three-year period of one administration. */
export interface PlanHeader {
  title: string;
  startYear: number;
  endYear: number;
  /** Date printed on the document (ISO yyyy-mm-dd). */
  documentDate: string | null;
  /** Date of the act that adopted it (ISO), once adopted. */
  adoptionDate: string | null;
  status: PlanStatus;
}

/** Sezione / sottosezione, with its narrative text. */
export interface Section {
  /** Schema-tipo code ("1", "1.1", "2.2", "4.3") or null for unnumbered parts ("PREMESSA"). */
  code: string | null;
  title: string;
  /** Position in the document's index (0-based). */
  position: number;
  /** Narrative text as paragraphs separated by blank lines; "" when the document has none. */
  body: string;
  /** True when the section is listed in the document's index. */
  inIndex: boolean;
}

export const ORG_UNIT_KINDS = ["area", "sector", "office"] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** Struttura organizzativa: Area → Settore → Ufficio. */
export interface OrgUnit {
  /** Stable key within a plan: the full path, e.g. "Area X - Settore Y". */
  key: string;
  name: string;
  kind: OrgUnitKind;
  parentKey: string | null;
  head: string | null;
}

/** Ambito di azione of the Piano Azioni Positive (numbered 1–5 in the seed). */
export interface PositiveAction {
  number: number;
  title: string;
  description: string;
}

export const OBJECTIVE_TAGS = [
  "gender_equality",
  "digitalisation",
  "accessibility",
  "simplification",
] as const;
export type ObjectiveTag = (typeof OBJECTIVE_TAGS)[number];

/** Obiettivo di performance. */
export interface Objective {
  code: string;
  title: string;
  description: string;
  /** Key of the responsible OrgUnit. */
  unitKey: string | null;
  /** Number of the positive-action area it belongs to, if any. */
  positiveAction: number | null;
  /** Relative weight; null means "equal weights". */
  weight: number | null;
  tags: ObjectiveTag[];
  indicators: Indicator[];
}

export const INDICATOR_KINDS = ["deadline", "number", "percent", "boolean"] as const;
/** Unità di misura: Data, Numero, Percentuale, Sì/No. */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const POLARITIES = ["higher", "lower"] as const;
/** Whether a higher or a lower measured value is better. */
export type Polarity = (typeof POLARITIES)[number];

/**
 * A target value, typed by the indicator's kind: ISO date for deadlines,
 * a number for number/percent, a boolean for yes/no.
 */
export type TargetValue =
  | { kind: "deadline"; date: string }
  | { kind: "number"; value: number }
  | { kind: "percent"; value: number }
  | { kind: "boolean"; value: boolean };

/** Target / valore atteso for one year of the plan. */
export interface Target {
  year: number;
  value: TargetValue;
}

/** Indicatore. */
export interface Indicator {
  code: string;
  description: string;
  kind: IndicatorKind;
  /** The unit of measure as the document wrote it ("Data", "Numero", …). */
  unitLabel: string;
  polarity: Polarity;
  baseline: TargetValue | null;
  targets: Target[];
  /** Relative weight inside its objective; null means "equal weights". */
  weight: number | null;
}

/**
 * One edition of a plan: everything a PIAO document says. The records of
 * sections 2.1, 2.3 and 3.x (and letters e–f of 2.2) are in SectionRecords.
 */
export interface PlanDocument extends SectionRecords {
  administration: Administration;
  plan: PlanHeader;
  sections: Section[];
  units: OrgUnit[];
  positiveActions: PositiveAction[];
  objectives: Objective[];
}
