/**
 * Replacing one group of section records (2.1, letters e–f, 2.3, 3.1–3.3)
 * of a plan's current edition, for the API and `piao records set`. It is an
 * edit like the browser's (decision 0005): the group is swapped in the
 * current document, the plan rules check the whole document (so removing a
 * record another one uses is refused, naming the user), and the result is
 * the plan's next edition through importPlan, with one audit line naming
 * the group. The edition the writer read must still be current.
 */
import type { Actor } from "../domain/authorization.ts";
import type { Diagnostic } from "../domain/diagnostics.ts";
import {
  SECTION_RECORD_FIELDS,
  type SectionRecordField,
  type SectionRecords,
} from "../domain/sections/index.ts";
import {
  AgileWorkSchema,
  OrganisationSchema,
  ProceduresSchema,
  PublicValueSchema,
  RiskSchema,
  StaffingSchema,
} from "../import/bundle/sections.schema.ts";
import type { Db, Store } from "../store/database.ts";
import { type EditOutcome, editPlan, type RecordEdit, recordKey } from "./plan-editing.ts";
import { loadPlanDocument } from "./plan-edition.ts";

/** The groups, in the order of the schema tipo. */
export const SECTION_RECORD_GROUPS = Object.keys(SECTION_RECORD_FIELDS) as SectionRecordField[];

/** Each group's schema, as the bundle holds the group. */
export const SECTION_RECORD_SCHEMAS = {
  publicValue: PublicValueSchema,
  procedures: ProceduresSchema,
  risk: RiskSchema,
  organisation: OrganisationSchema,
  agileWork: AgileWorkSchema,
  staffing: StaffingSchema,
} as const satisfies Record<SectionRecordField, unknown>;

/** How many records each list of a group holds: what the audit line keeps (the edition keeps the rest). */
export function recordCounts(records: SectionRecords[SectionRecordField]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [list, value] of Object.entries(records)) {
    if (Array.isArray(value)) out[list] = value.length;
  }
  return out;
}

/** The edit that puts `records` in place of the plan's group, and its audit line. */
export function sectionRecordsEdit<G extends SectionRecordField>(
  planId: number,
  group: G,
  records: SectionRecords[G],
): RecordEdit {
  return {
    edit: (doc) => ({ ok: true, document: { ...doc, [group]: records } }),
    record: (before, after) => ({
      entity: "section_records",
      key: recordKey(planId, group),
      before: { section: SECTION_RECORD_FIELDS[group], records: recordCounts(before[group]) },
      after: { section: SECTION_RECORD_FIELDS[group], records: recordCounts(after[group]) },
    }),
  };
}

export interface SectionRecordsRead<G extends SectionRecordField> {
  planId: number;
  administrationId: number;
  edition: number;
  records: SectionRecords[G];
}

/** A group of records of the plan's current edition, with the edition's number. */
export async function readSectionRecords<G extends SectionRecordField>(
  db: Db,
  planId: number,
  group: G,
): Promise<SectionRecordsRead<G>> {
  const { summary, edition, document } = await loadPlanDocument(db, { planId });
  return {
    planId: summary.planId,
    administrationId: summary.administrationId,
    edition: edition.number,
    records: document[group],
  };
}

/**
 * Stores `records` as the group of the plan's next edition, or says why not:
 * problems of the plan rules by bundle field. A stale `expectedEdition`
 * throws the conflict of editPlan.
 */
export function replaceSectionRecords<G extends SectionRecordField>(
  store: Store,
  actor: Actor,
  input: {
    planId: number;
    group: G;
    records: SectionRecords[G];
    expectedEdition: number;
    now?: () => Date;
  },
): Promise<EditOutcome> {
  return editPlan(store, actor, {
    planId: input.planId,
    expectedEdition: input.expectedEdition,
    ...sectionRecordsEdit(input.planId, input.group, input.records),
    ...(input.now ? { now: input.now } : {}),
  });
}

/**
 * A plan rule's field ("risk.processes[0].unitKey") as a path inside the
 * group ("processes.0.unitKey"), or null when the problem lies in another
 * part of the plan (a measure of 2.3 naming a public-value objective that a
 * new 2.1 leaves out).
 */
export function fieldInGroup(field: string | undefined, group: SectionRecordField): string | null {
  const dotted = (field ?? "").replace(/\[(\d+)\]/g, ".$1");
  if (dotted === group) return "";
  return dotted.startsWith(`${group}.`) ? dotted.slice(group.length + 1) : null;
}

/** The errors among a plan's diagnostics (what stops the edit). */
export const editErrors = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === "error");
