/**
 * Section 2.1, Valore pubblico: the outcomes the plan aims at, who they are
 * for, which strategic objectives of the DUP they come from, and how their
 * impact is measured. Performance objectives (2.2) and anti-corruption
 * measures (2.3) that carry an outcome out are linked to it by code.
 */
import type { SectionIndicator } from "./indicators.ts";

/** Portatore di interesse (mappa degli stakeholder). */
export interface Stakeholder {
  key: string;
  name: string;
  /** E.g. "cittadini", "imprese", "comuni del territorio", "personale". */
  category: string | null;
}

/** Obiettivo strategico of the Documento Unico di Programmazione (DUP, sezione strategica). */
export interface StrategicObjective {
  code: string;
  title: string;
  /** Missione / programma of the budget, e.g. "Missione 01 - Programma 10". */
  programme: string | null;
}

/** Obiettivo di valore pubblico. */
export interface PublicValueObjective {
  code: string;
  title: string;
  description: string;
  /** Codes of the DUP strategic objectives it comes from. */
  strategicObjectiveCodes: string[];
  stakeholderKeys: string[];
  /** Codes of the performance objectives (2.2) that carry it out. */
  objectiveCodes: string[];
  impactIndicators: SectionIndicator[];
}

export interface PublicValueRecords {
  stakeholders: Stakeholder[];
  strategicObjectives: StrategicObjective[];
  objectives: PublicValueObjective[];
}

export const emptyPublicValue = (): PublicValueRecords => ({
  stakeholders: [],
  strategicObjectives: [],
  objectives: [],
});
