import type { Generated, Selectable } from "kysely";

/**
 * One record of sections 2.1, 2.3 or 3.x of an edition: `field` is the
 * PlanDocument field ("risk"), `collection` the list in it ("measures"),
 * `data` the record as JSON, validated by the bundle schema when read back
 * (decision 0008). A group's non-list values (the risk matrix) are one row
 * with collection "" and the object of those values.
 */
export interface EditionRecordTable {
  id: Generated<number>;
  administration_id: number;
  edition_id: number;
  field: string;
  collection: string;
  position: number;
  /** The record's code or key, so SQL can find a record without reading JSON. */
  record_key: string;
  data: string;
}

/** Stato di attuazione of an anti-corruption measure in a monitoring campaign. */
export interface MeasureMonitoringTable {
  id: Generated<number>;
  administration_id: number;
  campaign_id: number;
  measure_code: string;
  status: string;
  /** Why it is partly or not implemented. */
  reason: string | null;
  entered_by: string;
  entered_at: string;
  version: Generated<number>;
}

/** Where a section ("2.1" … "4") or the whole plan ("plan") is in its workflow. */
export interface SectionWorkflowTable {
  administration_id: number;
  plan_id: number;
  section_code: string;
  stage: string;
  updated_at: string;
  updated_by: string;
}

/** Each step of the workflow, with who and when. */
export interface SectionWorkflowStepTable {
  id: Generated<number>;
  administration_id: number;
  plan_id: number;
  section_code: string;
  from_stage: string;
  to_stage: string;
  /** The plan's current edition when the step was taken. */
  edition_id: number | null;
  actor: string;
  at: string;
  note: string | null;
}

export type EditionRecordRow = Selectable<EditionRecordTable>;
export type MeasureMonitoringRow = Selectable<MeasureMonitoringTable>;
export type SectionWorkflowRow = Selectable<SectionWorkflowTable>;
export type SectionWorkflowStepRow = Selectable<SectionWorkflowStepTable>;
