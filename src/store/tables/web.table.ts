import type { Generated, Selectable } from "kysely";

/** Values of the installation, e.g. the secret that signs cookies (generated at first start). */
export interface InstallationSettingTable {
  key: string;
  value: string;
}

/** A signed-in browser. `id` is the SHA-256 of the token in the cookie. */
export interface WebSessionTable {
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

/** A file uploaded in the browser, kept between its preview and its confirmation. */
export interface PendingUploadTable {
  id: Generated<number>;
  administration_id: number | null;
  username: string;
  /** "plan" (PIAO text or JSON bundle) or "figures" (monitoring spreadsheet). */
  kind: string;
  file_name: string;
  content: Buffer;
  campaign_id: number | null;
  created_at: string;
}

/** A reminder already sent, keyed by what it announced and to whom. */
export interface ReminderSentTable {
  key: string;
  administration_id: number | null;
  recipient: string;
  sent_at: string;
}

export type WebSessionRow = Selectable<WebSessionTable>;
export type PendingUploadRow = Selectable<PendingUploadTable>;

/** A comment on an objective, by the Nucleo di valutazione or the planning office. */
export interface ObjectiveCommentTable {
  id: Generated<number>;
  administration_id: number;
  plan_id: number;
  objective_code: string;
  campaign_id: number | null;
  author: string;
  body: string;
  created_at: string;
}

/** The Nucleo's validated score of an objective ("" for the administration) in a campaign. */
export interface ScoreValidationTable {
  id: Generated<number>;
  administration_id: number;
  campaign_id: number;
  objective_code: string;
  computed_score: number | null;
  validated_score: number;
  reason: string;
  validated_by: string;
  validated_at: string;
}

export type ObjectiveCommentRow = Selectable<ObjectiveCommentTable>;
export type ScoreValidationRow = Selectable<ScoreValidationTable>;
