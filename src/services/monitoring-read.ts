/**
 * What the monitoring pages read: a campaign's indicators with the figures
 * entered so far (who, when, which version), the forecasts, the
 * neutralisations and the evidence files. Reads only; every write goes
 * through its own use case (measurements.ts, forecasts.ts, evidence.ts…).
 */
import type { Db } from "../store/database.ts";
import { listMeasurements } from "../store/repositories/measurement.repository.ts";
import type {
  MeasurementRow,
  NeutralisationRow,
  ObjectiveForecastRow,
  ReprogrammingRow,
} from "../store/tables/cycle.table.ts";
import { indicatorKey } from "./campaign-context.ts";
import { AppError } from "./errors.ts";
import { computePerformance, type PerformanceReport } from "./performance.ts";

export interface CampaignFigures {
  report: PerformanceReport;
  /** Measurement rows by "objective/indicator". */
  measurements: Map<string, MeasurementRow>;
  /** Forecasts by objective code. */
  forecasts: Map<string, ObjectiveForecastRow>;
}

export async function campaignFigures(db: Db, campaignId: number): Promise<CampaignFigures> {
  const report = await computePerformance(db, campaignId);
  const campaign = await db
    .selectFrom("monitoring_campaign")
    .select("administration_id")
    .where("id", "=", campaignId)
    .executeTakeFirstOrThrow();
  const rows = await listMeasurements(db, campaign.administration_id, campaignId);
  const forecasts = await db
    .selectFrom("objective_forecast")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .execute();
  return {
    report,
    measurements: new Map(rows.map((m) => [indicatorKey(m.objective_code, m.indicator_code), m])),
    forecasts: new Map(forecasts.map((f) => [f.objective_code, f])),
  };
}

export async function findForecast(
  db: Db,
  campaignId: number,
  objectiveCode: string,
): Promise<ObjectiveForecastRow | undefined> {
  return db
    .selectFrom("objective_forecast")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .where("objective_code", "=", objectiveCode)
    .executeTakeFirst();
}

export async function listNeutralisations(
  db: Db,
  campaignId: number,
): Promise<NeutralisationRow[]> {
  return db
    .selectFrom("neutralisation")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .orderBy("id")
    .execute();
}

export interface EvidenceSummary {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export async function listEvidence(db: Db, measurementId: number): Promise<EvidenceSummary[]> {
  const rows = await db
    .selectFrom("evidence")
    .select(["id", "file_name", "media_type", "size_bytes", "sha256", "uploaded_by", "uploaded_at"])
    .where("measurement_id", "=", measurementId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    mediaType: r.media_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
  }));
}

/** One evidence file with its bytes, and the administration it belongs to (for the access check). */
export async function readEvidence(db: Db, id: number) {
  const row = await db
    .selectFrom("evidence")
    .select(["id", "administration_id", "file_name", "media_type", "content"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new AppError("not_found", "mon.evidence.notFound", { id: String(id) });
  return {
    administrationId: row.administration_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    content: Buffer.from(row.content),
  };
}

export async function findReprogramming(db: Db, id: number): Promise<ReprogrammingRow> {
  const row = await db
    .selectFrom("reprogramming")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new AppError("not_found", "reprogramming.notFound", { id: String(id) });
  return row;
}
