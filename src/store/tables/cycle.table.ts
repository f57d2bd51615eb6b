import type { Generated, Insertable, Selectable } from "kysely";

export interface AppUserTable {
  id: Generated<number>;
  /** null for system administrators, who serve every administration. */
  administration_id: number | null;
  username: string;
  display_name: string;
  role: string;
  /** Key of the unit a head of unit (dirigente) answers for. */
  unit_key: string | null;
  email: string | null;
  password_hash: string | null;
  disabled: Generated<number>;
  created_at: string;
  /** Secret in the URL of the user's iCalendar feed; null until they ask for one. */
  calendar_token: string | null;
  /** `sub` of the OpenID Connect provider (SPID/CIE gateway) the user signs in with. */
  oidc_subject: string | null;
  password_changed_at: string | null;
}

export interface AchievementSettingsTable {
  administration_id: number;
  /** AchievementRules as JSON, validated by AchievementRulesSchema. */
  rules: string;
  version: Generated<number>;
  updated_at: string;
  updated_by: string;
}

export interface MonitoringCampaignTable {
  id: Generated<number>;
  administration_id: number;
  plan_id: number;
  year: number;
  kind: string;
  reference_date: string;
  status: string;
  opened_at: string;
  opened_by: string;
  closed_at: string | null;
  closed_by: string | null;
  version: Generated<number>;
}

export interface MeasurementTable {
  id: Generated<number>;
  administration_id: number;
  campaign_id: number;
  objective_code: string;
  indicator_code: string;
  kind: string;
  done_on: string | null;
  number_value: number | null;
  boolean_value: number | null;
  note: string | null;
  entered_by: string;
  entered_at: string;
  version: Generated<number>;
}

export interface EvidenceTable {
  id: Generated<number>;
  administration_id: number;
  measurement_id: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string;
  uploaded_at: string;
}

export interface ObjectiveForecastTable {
  id: Generated<number>;
  administration_id: number;
  campaign_id: number;
  objective_code: string;
  forecast: string;
  comment: string | null;
  entered_by: string;
  entered_at: string;
  version: Generated<number>;
}

export interface ReprogrammingTable {
  id: Generated<number>;
  administration_id: number;
  plan_id: number;
  objective_code: string;
  indicator_code: string;
  change: string;
  year: number | null;
  /** JSON of the value before (TargetValue, or { description }). */
  original: string;
  proposed: string;
  justification: string;
  status: string;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  version: Generated<number>;
}

export interface NeutralisationTable {
  id: Generated<number>;
  administration_id: number;
  campaign_id: number;
  objective_code: string;
  /** "" when the whole objective is neutralised. */
  indicator_code: string;
  reason: string;
  decided_by: string;
  decided_at: string;
}

/** The achievement tree of a closed campaign, frozen as it was computed at closing. */
export interface CampaignResultTable {
  campaign_id: number;
  administration_id: number;
  result: string;
  frozen_at: string;
}

export interface AuditEventTable {
  id: Generated<number>;
  administration_id: number;
  entity: string;
  entity_key: string;
  action: string;
  actor: string;
  at: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

export type AppUserRow = Selectable<AppUserTable>;
export type MonitoringCampaignRow = Selectable<MonitoringCampaignTable>;
export type MeasurementRow = Selectable<MeasurementTable>;
export type NewMeasurementRow = Insertable<MeasurementTable>;
export type ObjectiveForecastRow = Selectable<ObjectiveForecastTable>;
export type ReprogrammingRow = Selectable<ReprogrammingTable>;
export type NeutralisationRow = Selectable<NeutralisationTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type EvidenceRow = Selectable<EvidenceTable>;

/** The engine's result for one indicator in one open campaign (see services/indicator-results.ts). */
export interface IndicatorResultTable {
  administration_id: number;
  campaign_id: number;
  objective_code: string;
  indicator_code: string;
  state: string;
  score: number | null;
  counted: number;
  weight: number;
  blocked: number;
  objective_neutralised: number;
}

/** A roll-up of one open campaign as the engine computed it (see services/indicator-results.ts). */
export interface GroupResultTable {
  administration_id: number;
  campaign_id: number;
  level: string;
  key: string;
  score: number | null;
  counted: number;
  total: number;
  blocked: number;
}
