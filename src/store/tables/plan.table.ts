import type { Generated, Insertable, Selectable } from "kysely";

/** A PIAO of one administration for one three-year period. */
export interface PlanTable {
  id: Generated<number>;
  administration_id: number;
  start_year: number;
  end_year: number;
  status: string;
  adoption_date: string | null;
  /** The edition in force; older editions stay in plan_edition. */
  current_edition_id: number | null;
  created_at: string;
  updated_at: string;
}

/** One imported edition of a plan: an immutable snapshot of its records. */
export interface PlanEditionTable {
  id: Generated<number>;
  administration_id: number;
  plan_id: number;
  number: number;
  title: string;
  document_date: string | null;
  /** SHA-256 of the canonical JSON of the edition's records: equal hash, same plan. */
  content_hash: string;
  /** The anagrafica as this edition stated it (JSON), so an old edition exports as it was. */
  administration_snapshot: string;
  source_name: string | null;
  imported_at: string;
}

export type PlanRow = Selectable<PlanTable>;
export type NewPlanRow = Insertable<PlanTable>;
export type PlanEditionRow = Selectable<PlanEditionTable>;
export type NewPlanEditionRow = Insertable<PlanEditionTable>;
