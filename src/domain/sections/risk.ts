/**
 * Section 2.3, Rischi corruttivi e trasparenza, as ANAC asks (PNA 2019,
 * annex 1): the catalogue of processes (risk area → macro-process → process
 * → phase), the risk events, their assessment before and after the measures,
 * the measures and the transparency obligations grid.
 */

/** The four areas of L. 190/2012 art. 1 c. 16, required even in the simplified PIAO. */
export const LAW_RISK_AREAS = ["authorisations", "contracts", "grants", "recruitment"] as const;
export type LawRiskArea = (typeof LAW_RISK_AREAS)[number];

/** Area di rischio (generale or specifica). */
export interface RiskArea {
  code: string;
  title: string;
  /** Area generale of the PNA (true) or specific to the administration. */
  general: boolean;
  /** Which of the areas of art. 1 c. 16 it covers, if any. */
  lawArea: LawRiskArea | null;
}

export interface MacroProcess {
  code: string;
  areaCode: string;
  title: string;
}

/** Fase di un processo. */
export interface ProcessPhase {
  code: string;
  title: string;
  /** Unit responsible for the phase when it is not the process's unit. */
  unitKey: string | null;
}

/** Processo: every process has a responsible unit. */
export interface RiskProcess {
  code: string;
  macroProcessCode: string;
  title: string;
  unitKey: string;
  phases: ProcessPhase[];
}

/** Evento rischioso. */
export interface RiskEvent {
  code: string;
  processCode: string;
  /** Code of the phase within the process, when the event is tied to one. */
  phaseCode: string | null;
  description: string;
}

export const RISK_DIMENSIONS = ["probability", "impact"] as const;
export type RiskDimension = (typeof RISK_DIMENSIONS)[number];

/** Indicatore di stima del livello di rischio (e.g. "grado di discrezionalità"). */
export interface RiskIndicator {
  code: string;
  dimension: RiskDimension;
  title: string;
}

/** One indicator rated on the matrix's scale, with the reason for the rating. */
export interface IndicatorRating {
  indicatorCode: string;
  /** 1 … number of levels of the matrix. */
  level: number;
  motivation: string;
}

export interface RiskRatingInput {
  ratings: IndicatorRating[];
}

/** Valutazione del rischio of one event: before (inherent) and after (residual) the measures. */
export interface RiskAssessment {
  eventCode: string;
  before: RiskRatingInput;
  after: RiskRatingInput | null;
}

export const RISK_AGGREGATIONS = ["max", "median"] as const;
export type RiskAggregation = (typeof RISK_AGGREGATIONS)[number];

/**
 * The configurable matrix: each indicator is rated on `levels` (1-based);
 * the indicators of one dimension combine by `aggregation` into the
 * dimension's level; `cells[probability - 1][impact - 1]` is the index
 * (0-based) into `ratings` of the combined rating.
 */
export interface RiskMatrix {
  levels: string[];
  ratings: string[];
  aggregation: RiskAggregation;
  cells: number[][];
}

/** The general measures of the fixed ANAC catalogue. */
export const GENERAL_MEASURES = [
  "code_of_conduct",
  "ordinary_rotation",
  "extraordinary_rotation",
  "conflict_of_interest",
  "unconferability_incompatibility",
  "pantouflage",
  "whistleblowing",
  "training",
  "transparency",
  "integrity_pacts",
] as const;
export type GeneralMeasure = (typeof GENERAL_MEASURES)[number];

/** Tipologie of specific measures (PNA 2019, annex 1, § 5.1). */
export const SPECIFIC_MEASURE_TYPES = [
  "control",
  "transparency",
  "ethics",
  "regulation",
  "simplification",
  "training",
  "awareness",
  "rotation",
  "reporting",
  "conflict_of_interest",
  "lobbying",
] as const;
export type SpecificMeasureType = (typeof SPECIFIC_MEASURE_TYPES)[number];

export const MEASURE_KINDS = ["general", "specific"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Misura di prevenzione: general (from the catalogue) or specific. */
export interface Measure {
  code: string;
  kind: MeasureKind;
  /** Set for general measures. */
  generalMeasure: GeneralMeasure | null;
  /** Set for specific measures. */
  specificType: SpecificMeasureType | null;
  title: string;
  description: string;
  unitKey: string;
  /** Scadenza / tempi di attuazione (ISO date). */
  deadline: string | null;
  indicator: string;
  target: string;
  /** Risk events it treats. */
  eventCodes: string[];
  /** Public-value objectives (2.1) it protects. */
  publicValueCodes: string[];
}

/** Monitoring status of a measure in a campaign (stato di attuazione). */
export const MEASURE_STATUSES = ["implemented", "partly", "not_implemented"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const UPDATE_FREQUENCIES = ["timely", "quarterly", "half_yearly", "yearly", "none"] as const;
export type UpdateFrequency = (typeof UPDATE_FREQUENCIES)[number];

export const OBLIGATION_STATUSES = [
  "published",
  "partly_published",
  "not_published",
  "not_applicable",
] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/** A row of the grid of transparency obligations (allegato 1 delibera ANAC 1310/2016). */
export interface TransparencyObligation {
  code: string;
  /** Code of the `transparency-titulus` vocabulary (section of Amministrazione trasparente). */
  titulus: string;
  obligation: string;
  legalReference: string;
  /** Unit that produces the data. */
  producerUnitKey: string;
  /** Unit that publishes it. */
  publisherUnitKey: string;
  frequency: UpdateFrequency;
  status: ObligationStatus;
}

export interface RiskRecords {
  matrix: RiskMatrix;
  indicators: RiskIndicator[];
  areas: RiskArea[];
  macroProcesses: MacroProcess[];
  processes: RiskProcess[];
  events: RiskEvent[];
  assessments: RiskAssessment[];
  measures: Measure[];
  obligations: TransparencyObligation[];
}

/** The usual 3×3 matrix: basso / medio / alto, rated by the highest indicator. */
export const defaultRiskMatrix = (): RiskMatrix => ({
  levels: ["basso", "medio", "alto"],
  ratings: ["basso", "medio", "alto"],
  aggregation: "max",
  cells: [
    [0, 0, 1],
    [0, 1, 2],
    [1, 2, 2],
  ],
});

export const emptyRisk = (): RiskRecords => ({
  matrix: defaultRiskMatrix(),
  indicators: [],
  areas: [],
  macroProcesses: [],
  processes: [],
  events: [],
  assessments: [],
  measures: [],
  obligations: [],
});
