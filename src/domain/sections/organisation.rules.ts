/**
 * Rules of the 3.1 records beyond their links (references.ts checks
 * those): errors stop the plan from being stored, warnings are reported by
 * `piao check`.
 */
import type { Diagnostic } from "../diagnostics.ts";
import type { PlanDocument } from "../plan.ts";

/** Errors: the plan cannot be stored with them. Fields are bundle paths. */
export function organisationRules(_doc: PlanDocument): Diagnostic[] {
  return [];
}

/** Warnings for `piao check`: incomplete, not wrong. */
export function organisationProblems(_doc: PlanDocument): Diagnostic[] {
  return [];
}
