import type { AdministrationTable } from "./tables/administration.table.ts";
import type {
  IndicatorTable,
  IndicatorTargetTable,
  ObjectiveTable,
  ObjectiveTagTable,
  OrgUnitTable,
  PositiveActionTable,
  SectionTable,
} from "./tables/content.table.ts";
import type {
  AchievementSettingsTable,
  AppUserTable,
  AuditEventTable,
  CampaignResultTable,
  EvidenceTable,
  GroupResultTable,
  IndicatorResultTable,
  MeasurementTable,
  MonitoringCampaignTable,
  NeutralisationTable,
  ObjectiveForecastTable,
  ReprogrammingTable,
} from "./tables/cycle.table.ts";
import type { PlanEditionTable, PlanTable } from "./tables/plan.table.ts";
import type {
  ApiTokenTable,
  CampaignPublicationTable,
  PlanPublicationTable,
} from "./tables/publication.table.ts";
import type {
  EditionRecordTable,
  MeasureMonitoringTable,
  SectionWorkflowStepTable,
  SectionWorkflowTable,
} from "./tables/section-records.table.ts";
import type {
  InstallationSettingTable,
  ObjectiveCommentTable,
  PendingUploadTable,
  ReminderSentTable,
  ScoreValidationTable,
  WebSessionTable,
} from "./tables/web.table.ts";

/** The whole database, one entry per table. */
export interface Database {
  administration: AdministrationTable;
  plan: PlanTable;
  plan_edition: PlanEditionTable;
  section: SectionTable;
  org_unit: OrgUnitTable;
  positive_action: PositiveActionTable;
  objective: ObjectiveTable;
  objective_tag: ObjectiveTagTable;
  indicator: IndicatorTable;
  indicator_target: IndicatorTargetTable;
  app_user: AppUserTable;
  achievement_settings: AchievementSettingsTable;
  monitoring_campaign: MonitoringCampaignTable;
  measurement: MeasurementTable;
  evidence: EvidenceTable;
  objective_forecast: ObjectiveForecastTable;
  reprogramming: ReprogrammingTable;
  neutralisation: NeutralisationTable;
  campaign_result: CampaignResultTable;
  audit_event: AuditEventTable;
  indicator_result: IndicatorResultTable;
  group_result: GroupResultTable;
  installation_setting: InstallationSettingTable;
  web_session: WebSessionTable;
  pending_upload: PendingUploadTable;
  reminder_sent: ReminderSentTable;
  objective_comment: ObjectiveCommentTable;
  score_validation: ScoreValidationTable;
  plan_publication: PlanPublicationTable;
  campaign_publication: CampaignPublicationTable;
  api_token: ApiTokenTable;
  edition_record: EditionRecordTable;
  measure_monitoring: MeasureMonitoringTable;
  section_workflow: SectionWorkflowTable;
  section_workflow_step: SectionWorkflowStepTable;
}
