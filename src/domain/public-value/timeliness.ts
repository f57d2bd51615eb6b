/**
 * Tempi procedimentali (objective 1612 of the seed, "measure of the actual
 * quality of services"): per procedure and year, the average days to
 * conclude against the legal deadline and the share concluded late; and the
 * same across the catalogue. Pure.
 */
import type { Procedure } from "../sections/procedures.ts";

export interface TimelinessRow {
  procedureCode: string;
  year: number;
  legalDeadlineDays: number;
  concluded: number;
  averageDays: number;
  concludedLate: number;
  /** averageDays / legalDeadlineDays: above 1 the average is late. */
  ratio: number;
  /** Percentage 0–100 of the concluded ones concluded late; null when none concluded. */
  lateShare: number | null;
  /** The average is beyond the legal deadline. */
  overdue: boolean;
}

export interface TimelinessSummary {
  year: number;
  procedures: number;
  concluded: number;
  concludedLate: number;
  /** Late over concluded across procedures, 0–100; null when none concluded. */
  lateShare: number | null;
  /** Mean of the ratios, each procedure weighted by how many it concluded; null when none concluded. */
  averageRatio: number | null;
  /** Procedures whose average is beyond their deadline. */
  overdue: number;
}

export function timelinessRows(p: Procedure): TimelinessRow[] {
  return [...p.timeliness]
    .sort((a, b) => a.year - b.year)
    .map((t) => ({
      procedureCode: p.code,
      year: t.year,
      legalDeadlineDays: p.legalDeadlineDays,
      concluded: t.concluded,
      averageDays: t.averageDays,
      concludedLate: t.concludedLate,
      ratio: t.averageDays / p.legalDeadlineDays,
      lateShare: t.concluded > 0 ? (t.concludedLate / t.concluded) * 100 : null,
      overdue: t.averageDays > p.legalDeadlineDays,
    }));
}

/** One summary per year monitored, ascending. */
export function timelinessSummary(procedures: readonly Procedure[]): TimelinessSummary[] {
  const rows = procedures.flatMap(timelinessRows);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const of = rows.filter((r) => r.year === year);
    const concluded = of.reduce((n, r) => n + r.concluded, 0);
    const late = of.reduce((n, r) => n + r.concludedLate, 0);
    const weighted = of.reduce((n, r) => n + r.ratio * r.concluded, 0);
    return {
      year,
      procedures: of.length,
      concluded,
      concludedLate: late,
      lateShare: concluded > 0 ? (late / concluded) * 100 : null,
      averageRatio: concluded > 0 ? weighted / concluded : null,
      overdue: of.filter((r) => r.overdue).length,
    };
  });
}
