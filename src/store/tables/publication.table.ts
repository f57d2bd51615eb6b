import type { Generated, Selectable } from "kysely";

/** The public edition of a plan and what the national Portale PIAO records of it. */
export interface PlanPublicationTable {
  plan_id: number;
  administration_id: number;
  /** The edition the public sees; later editions stay internal until published again. */
  edition_id: number;
  /** Date of the approving act (ISO). */
  approval_date: string;
  /** Estremi dell'atto, e.g. "Decreto del Sindaco metropolitano n. 12 del 30/01/2025". */
  approval_act: string;
  /** Organo che ha approvato, e.g. "Sindaco metropolitano". */
  approving_authority: string;
  /** The plan on the administration's own site (Amministrazione trasparente). */
  document_url: string | null;
  /** 1 when the administration has fewer than 50 employees (simplified PIAO). */
  small_administration: number;
  published_at: string;
  published_by: string;
}

/** A closed monitoring campaign whose results are public. */
export interface CampaignPublicationTable {
  campaign_id: number;
  administration_id: number;
  plan_id: number;
  published_at: string;
  published_by: string;
}

/** A token other systems call the API with; only its SHA-256 is kept. */
export interface ApiTokenTable {
  id: Generated<number>;
  administration_id: number;
  name: string;
  role: string;
  unit_key: string | null;
  token_hash: string;
  /** The first characters, so a list can tell tokens apart. */
  token_prefix: string;
  created_by: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

export type PlanPublicationRow = Selectable<PlanPublicationTable>;
export type CampaignPublicationRow = Selectable<CampaignPublicationTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
