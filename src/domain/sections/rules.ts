/** The rules of every section's records, gathered for plan-rules and `piao check`. */
import type { Diagnostic } from "../diagnostics.ts";
import type { PlanDocument } from "../plan.ts";
import { agileWorkProblems, agileWorkRules } from "./agile-work.rules.ts";
import { organisationProblems, organisationRules } from "./organisation.rules.ts";
import { proceduresProblems, proceduresRules } from "./procedures.rules.ts";
import { publicValueProblems, publicValueRules } from "./public-value.rules.ts";
import { referenceRules } from "./references.ts";
import { riskProblems, riskRules } from "./risk.rules.ts";
import { staffingProblems, staffingRules } from "./staffing.rules.ts";

/** Errors in the section records: the plan is not stored. */
export function sectionRecordRules(doc: PlanDocument): Diagnostic[] {
  return [
    ...referenceRules(doc),
    ...publicValueRules(doc),
    ...proceduresRules(doc),
    ...riskRules(doc),
    ...organisationRules(doc),
    ...agileWorkRules(doc),
    ...staffingRules(doc),
  ];
}

/** Warnings about the section records, for `piao check`. */
export function sectionRecordProblems(doc: PlanDocument): Diagnostic[] {
  return [
    ...publicValueProblems(doc),
    ...proceduresProblems(doc),
    ...riskProblems(doc),
    ...organisationProblems(doc),
    ...agileWorkProblems(doc),
    ...staffingProblems(doc),
  ];
}
