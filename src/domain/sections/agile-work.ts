/**
 * Section 3.2, Organizzazione del lavoro agile: the enabling conditions, the
 * objectives with their indicators, who works in agile mode.
 */
import type { SectionIndicator } from "./indicators.ts";
import type { Gender } from "./people.ts";

export const AGILE_CONDITION_KINDS = [
  "organisational",
  "technological",
  "skills",
  "health",
] as const;
/** Condizioni abilitanti: misure organizzative, piattaforme tecnologiche, competenze, salute organizzativa. */
export type AgileConditionKind = (typeof AGILE_CONDITION_KINDS)[number];

export interface AgileCondition {
  code: string;
  kind: AgileConditionKind;
  description: string;
  /** Whether the condition is in place today. */
  met: boolean;
}

export interface AgileObjective {
  code: string;
  title: string;
  description: string;
  indicators: SectionIndicator[];
}

export const AGILE_MODES = ["agile", "remote"] as const;
/** Lavoro agile or lavoro da remoto. */
export type AgileMode = (typeof AGILE_MODES)[number];

export interface AgileStaffCount {
  unitKey: string;
  gender: Gender;
  mode: AgileMode;
  headcount: number;
}

export interface AgileWorkRecords {
  conditions: AgileCondition[];
  objectives: AgileObjective[];
  staff: AgileStaffCount[];
}

export const emptyAgileWork = (): AgileWorkRecords => ({
  conditions: [],
  objectives: [],
  staff: [],
});
