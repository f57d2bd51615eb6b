/**
 * Indicators of the sections other than 2.2 (impact indicators of public
 * value, agile-work indicators): the same kinds and targets as a performance
 * indicator, plus where the figure comes from and the values measured so far.
 */
import type { IndicatorKind, Polarity, Target, TargetValue } from "../plan.ts";

/** A value measured for one year (e.g. an ISTAT BES figure for 2025). */
export interface YearValue {
  year: number;
  value: TargetValue;
}

export interface SectionIndicator {
  code: string;
  description: string;
  kind: IndicatorKind;
  unitLabel: string;
  polarity: Polarity;
  baseline: TargetValue | null;
  /** Year the baseline refers to. */
  baselineYear: number | null;
  targets: Target[];
  /** Fonte del dato, e.g. "ISTAT BES", "Sistema informativo del personale". */
  source: string | null;
  measurements: YearValue[];
}
