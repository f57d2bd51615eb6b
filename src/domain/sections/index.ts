/**
 * The records of the sections beyond 2.2: one field of PlanDocument per
 * group, each an object of record lists (plus, for 2.3, the risk matrix).
 * They are stored per edition in `edition_record` (decision 0008).
 */
import { type AgileWorkRecords, emptyAgileWork } from "./agile-work.ts";
import { emptyOrganisation, type OrganisationRecords } from "./people.ts";
import { emptyProcedures, type ProcedureRecords } from "./procedures.ts";
import { emptyPublicValue, type PublicValueRecords } from "./public-value.ts";
import { emptyRisk, type RiskRecords } from "./risk.ts";
import { emptyStaffing, type StaffingRecords } from "./staffing.ts";

export interface SectionRecords {
  /** 2.1 */
  publicValue: PublicValueRecords;
  /** Letters e) and f), part of 2.2, with the catalogue of procedures. */
  procedures: ProcedureRecords;
  /** 2.3 */
  risk: RiskRecords;
  /** 3.1 (the unit tree itself is PlanDocument.units) */
  organisation: OrganisationRecords;
  /** 3.2 */
  agileWork: AgileWorkRecords;
  /** 3.3 and the training plan */
  staffing: StaffingRecords;
}

/** Field of PlanDocument → schema-tipo section its records belong to. */
export const SECTION_RECORD_FIELDS = {
  publicValue: "2.1",
  procedures: "2.2",
  risk: "2.3",
  organisation: "3.1",
  agileWork: "3.2",
  staffing: "3.3",
} as const satisfies Record<keyof SectionRecords, string>;

export type SectionRecordField = keyof SectionRecords;

export const emptySectionRecords = (): SectionRecords => ({
  publicValue: emptyPublicValue(),
  procedures: emptyProcedures(),
  risk: emptyRisk(),
  organisation: emptyOrganisation(),
  agileWork: emptyAgileWork(),
  staffing: emptyStaffing(),
});
