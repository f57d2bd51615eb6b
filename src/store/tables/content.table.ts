import type { Generated, Insertable, Selectable } from "kysely";

/** Every content row belongs to one edition of one administration's plan. */
interface EditionScoped {
  administration_id: number;
  edition_id: number;
}

export interface SectionTable extends EditionScoped {
  id: Generated<number>;
  code: string | null;
  title: string;
  position: number;
  body: string;
  in_index: number;
}

export interface OrgUnitTable extends EditionScoped {
  id: Generated<number>;
  key: string;
  name: string;
  kind: string;
  parent_id: number | null;
  head: string | null;
}

export interface PositiveActionTable extends EditionScoped {
  id: Generated<number>;
  number: number;
  title: string;
  description: string;
}

export interface ObjectiveTable extends EditionScoped {
  id: Generated<number>;
  code: string;
  title: string;
  description: string;
  org_unit_id: number | null;
  positive_action_id: number | null;
  weight: number | null;
  position: number;
}

export interface ObjectiveTagTable {
  administration_id: number;
  objective_id: number;
  tag: string;
}

export interface IndicatorTable extends EditionScoped {
  id: Generated<number>;
  objective_id: number;
  code: string;
  description: string;
  kind: string;
  unit_label: string;
  polarity: string;
  baseline_number: number | null;
  baseline_date: string | null;
  baseline_boolean: number | null;
  weight: number | null;
  position: number;
}

/** Target per plan year; exactly one value column is set, by the indicator's kind. */
export interface IndicatorTargetTable {
  id: Generated<number>;
  administration_id: number;
  indicator_id: number;
  year: number;
  number_value: number | null;
  date_value: string | null;
  boolean_value: number | null;
}

export type SectionRow = Selectable<SectionTable>;
export type NewSectionRow = Insertable<SectionTable>;
export type OrgUnitRow = Selectable<OrgUnitTable>;
export type PositiveActionRow = Selectable<PositiveActionTable>;
export type ObjectiveRow = Selectable<ObjectiveTable>;
export type NewObjectiveRow = Insertable<ObjectiveTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
export type NewIndicatorRow = Insertable<IndicatorTable>;
export type IndicatorTargetRow = Selectable<IndicatorTargetTable>;
