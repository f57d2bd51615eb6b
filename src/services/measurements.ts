/**
 * Recording figures: a measurement per indicator and campaign, a forecast per
 * objective (mid-year), evidence files. Every write checks the campaign is
 * open, the actor answers for the objective's unit, and the version the
 * writer started from; every write is audited.
 */
import { createHash } from "node:crypto";
import type { MeasuredValue } from "../domain/achievement/types.ts";
import { type Actor, can } from "../domain/authorization.ts";
import { isValidIsoDate } from "../domain/dates.ts";
import { affectedRows, type Db, type Store, writeTransaction } from "../store/database.ts";
import {
  findMeasurement,
  measuredColumns,
  toMeasuredValue,
} from "../store/repositories/measurement.repository.ts";
import type { MeasurementRow } from "../store/tables/cycle.table.ts";
import { recordAudit } from "./audit.ts";
import {
  type CampaignContext,
  findIndicator,
  indicatorKey,
  loadCampaignContext,
  type PlanContext,
} from "./campaign-context.ts";
import { requireOpenCampaign } from "./campaigns.ts";
import { conflictError } from "./conflict.ts";
import { AppError } from "./errors.ts";
import { refreshIndicatorResults } from "./indicator-results.ts";

export interface MeasurementInput {
  campaignId: number;
  objectiveCode: string;
  indicatorCode: string;
  value: MeasuredValue;
  note?: string | null;
  /** The version the writer saw: 0 for a new measurement; absent = whatever is there (bulk import). */
  expectedVersion?: number;
}

export interface MeasurementView {
  id: number;
  objectiveCode: string;
  indicatorCode: string;
  value: MeasuredValue | null;
  note: string | null;
  enteredBy: string;
  enteredAt: string;
  version: number;
}

export function toView(row: MeasurementRow): MeasurementView {
  return {
    id: row.id,
    objectiveCode: row.objective_code,
    indicatorCode: row.indicator_code,
    value: toMeasuredValue(row),
    note: row.note,
    enteredBy: row.entered_by,
    enteredAt: row.entered_at,
    version: row.version,
  };
}

function validateValue(value: MeasuredValue, kind: string, code: string): void {
  if (value.kind !== kind && !(kind === "percent" && value.kind === "number")) {
    throw new AppError("invalid_input", "measurement.wrongKind", { indicator: code, kind });
  }
  if (value.kind === "deadline" && value.doneOn !== null && !isValidIsoDate(value.doneOn)) {
    throw new AppError("invalid_input", "measurement.badDate", {
      indicator: code,
      value: value.doneOn,
    });
  }
  if ((value.kind === "number" || value.kind === "percent") && !Number.isFinite(value.value)) {
    throw new AppError("invalid_input", "measurement.badNumber", { indicator: code });
  }
}

/** The objective's unit must be the actor's (or below it) for a head of unit. */
export function authoriseOnObjective(
  ctx: PlanContext,
  actor: Actor,
  action: "measurement.write" | "forecast.write" | "reprogramming.request",
  objectiveCode: string,
) {
  const objective = ctx.document.objectives.find((o) => o.code === objectiveCode);
  if (!objective)
    throw new AppError("not_found", "objective.notFound", { objective: objectiveCode });
  if (
    !can(
      actor,
      action,
      { administrationId: ctx.administrationId, unitKey: objective.unitKey },
      ctx.parents,
    )
  ) {
    throw new AppError("forbidden", "auth.notYourUnit", { objective: objectiveCode });
  }
  return objective;
}

/** Writes one measurement inside an open transaction; used by the single and the bulk entry. */
export async function writeMeasurement(
  tx: Db,
  ctx: CampaignContext,
  actor: Actor,
  input: MeasurementInput,
  at: string,
): Promise<MeasurementRow> {
  authoriseOnObjective(ctx, actor, "measurement.write", input.objectiveCode);
  const { indicator } = findIndicator(ctx, input.objectiveCode, input.indicatorCode);
  const value: MeasuredValue =
    indicator.kind === "percent" && input.value.kind === "number"
      ? { kind: "percent", value: input.value.value }
      : input.value;
  validateValue(value, indicator.kind, indicator.code);
  const existing = await findMeasurement(
    tx,
    input.campaignId,
    input.objectiveCode,
    input.indicatorCode,
  );
  const expected = input.expectedVersion ?? existing?.version ?? 0;
  const columns = {
    ...measuredColumns(value),
    note: input.note ?? null,
    entered_by: actor.username,
    entered_at: at,
  };
  const result =
    expected === 0
      ? await tx
          .insertInto("measurement")
          .values({
            administration_id: ctx.administrationId,
            campaign_id: input.campaignId,
            objective_code: input.objectiveCode,
            indicator_code: input.indicatorCode,
            ...columns,
          })
          .onConflict((oc) =>
            oc.columns(["campaign_id", "objective_code", "indicator_code"]).doNothing(),
          )
          .executeTakeFirst()
      : await tx
          .updateTable("measurement")
          .set((eb) => ({ ...columns, version: eb("version", "+", 1) }))
          .where("campaign_id", "=", input.campaignId)
          .where("objective_code", "=", input.objectiveCode)
          .where("indicator_code", "=", input.indicatorCode)
          .where("version", "=", expected)
          .executeTakeFirst();
  const after = await findMeasurement(
    tx,
    input.campaignId,
    input.objectiveCode,
    input.indicatorCode,
  );
  if (affectedRows(result) === 0 || !after) {
    throw conflictError("measurement", indicatorKey(input.objectiveCode, input.indicatorCode), {
      current: after ? { value: toMeasuredValue(after), note: after.note } : null,
      proposed: { value, note: input.note ?? null },
      version: after?.version ?? 0,
      by: after?.entered_by ?? "—",
      at: after?.entered_at ?? "—",
    });
  }
  await recordAudit(tx, {
    administrationId: ctx.administrationId,
    entity: "measurement",
    entityKey: `${input.campaignId}/${indicatorKey(input.objectiveCode, input.indicatorCode)}`,
    action: existing ? "update" : "create",
    actor: actor.username,
    at,
    before: existing ? { value: toMeasuredValue(existing), note: existing.note } : undefined,
    after: { value: toMeasuredValue(after), note: after.note },
  });
  return after;
}

export async function recordMeasurement(
  store: Store,
  actor: Actor,
  input: MeasurementInput,
  now = new Date(),
): Promise<MeasurementView> {
  return writeTransaction(store, async (tx) => {
    await requireOpenCampaign(tx, actor, input.campaignId, "measurement.write");
    const ctx = await loadCampaignContext(tx, input.campaignId);
    const row = await writeMeasurement(tx, ctx, actor, input, now.toISOString());
    await refreshIndicatorResults(tx, input.campaignId);
    return toView(row);
  });
}

export const FORECASTS = ["on_track", "at_risk", "critical"] as const;
export type Forecast = (typeof FORECASTS)[number];

export interface ForecastInput {
  campaignId: number;
  objectiveCode: string;
  forecast: Forecast;
  comment?: string | null;
  expectedVersion?: number;
}

/** Mid-year forecast per objective: in linea, a rischio, critico — the last two need a comment. */
export async function recordForecast(
  store: Store,
  actor: Actor,
  input: ForecastInput,
  now = new Date(),
) {
  if (!FORECASTS.includes(input.forecast))
    throw new AppError("invalid_input", "forecast.bad", { value: input.forecast });
  const comment = input.comment?.trim() || null;
  if (input.forecast !== "on_track" && !comment) {
    throw new AppError("invalid_input", "forecast.commentRequired", {
      objective: input.objectiveCode,
    });
  }
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const campaign = await requireOpenCampaign(tx, actor, input.campaignId, "forecast.write");
    if (campaign.kind !== "midyear") throw new AppError("invalid_input", "forecast.onlyMidyear");
    const ctx = await loadCampaignContext(tx, input.campaignId);
    authoriseOnObjective(ctx, actor, "forecast.write", input.objectiveCode);
    const find = () =>
      tx
        .selectFrom("objective_forecast")
        .selectAll()
        .where("campaign_id", "=", input.campaignId)
        .where("objective_code", "=", input.objectiveCode)
        .executeTakeFirst();
    const existing = await find();
    const expected = input.expectedVersion ?? existing?.version ?? 0;
    const columns = {
      forecast: input.forecast,
      comment,
      entered_by: actor.username,
      entered_at: at,
    };
    const result =
      expected === 0
        ? await tx
            .insertInto("objective_forecast")
            .values({
              administration_id: ctx.administrationId,
              campaign_id: input.campaignId,
              objective_code: input.objectiveCode,
              ...columns,
            })
            .onConflict((oc) => oc.columns(["campaign_id", "objective_code"]).doNothing())
            .executeTakeFirst()
        : await tx
            .updateTable("objective_forecast")
            .set((eb) => ({ ...columns, version: eb("version", "+", 1) }))
            .where("campaign_id", "=", input.campaignId)
            .where("objective_code", "=", input.objectiveCode)
            .where("version", "=", expected)
            .executeTakeFirst();
    const after = await find();
    if (affectedRows(result) === 0 || !after) {
      throw conflictError("forecast", input.objectiveCode, {
        current: after ? { forecast: after.forecast, comment: after.comment } : null,
        proposed: { forecast: input.forecast, comment },
        version: after?.version ?? 0,
        by: after?.entered_by ?? "—",
        at: after?.entered_at ?? "—",
      });
    }
    await recordAudit(tx, {
      administrationId: ctx.administrationId,
      entity: "forecast",
      entityKey: `${input.campaignId}/${input.objectiveCode}`,
      action: existing ? "update" : "create",
      actor: actor.username,
      at,
      before: existing ? { forecast: existing.forecast, comment: existing.comment } : undefined,
      after: { forecast: after.forecast, comment: after.comment },
    });
    return after;
  });
}

/** Evidence files: kept in the database with their SHA-256, up to this size. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export interface EvidenceInput {
  campaignId: number;
  objectiveCode: string;
  indicatorCode: string;
  fileName: string;
  mediaType: string;
  content: Uint8Array;
}

export async function addEvidence(
  store: Store,
  actor: Actor,
  input: EvidenceInput,
  now = new Date(),
) {
  if (input.content.byteLength === 0)
    throw new AppError("invalid_input", "evidence.empty", { file: input.fileName });
  if (input.content.byteLength > MAX_EVIDENCE_BYTES) {
    throw new AppError("invalid_input", "evidence.tooLarge", {
      file: input.fileName,
      size: String(Math.ceil(input.content.byteLength / 1024 / 1024)),
      limit: String(MAX_EVIDENCE_BYTES / 1024 / 1024),
    });
  }
  const at = now.toISOString();
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  return writeTransaction(store, async (tx) => {
    await requireOpenCampaign(tx, actor, input.campaignId, "measurement.write");
    const ctx = await loadCampaignContext(tx, input.campaignId);
    authoriseOnObjective(ctx, actor, "measurement.write", input.objectiveCode);
    const measurement = await findMeasurement(
      tx,
      input.campaignId,
      input.objectiveCode,
      input.indicatorCode,
    );
    if (!measurement) {
      throw new AppError("invalid_input", "evidence.noMeasurement", {
        indicator: input.indicatorCode,
      });
    }
    const fileName = input.fileName.replace(/[/\\]/g, "_").slice(0, 200);
    const row = await tx
      .insertInto("evidence")
      .values({
        administration_id: ctx.administrationId,
        measurement_id: measurement.id,
        file_name: fileName,
        media_type: input.mediaType,
        size_bytes: input.content.byteLength,
        sha256,
        content: Buffer.from(input.content),
        uploaded_by: actor.username,
        uploaded_at: at,
      })
      .returning(["id", "file_name", "size_bytes", "sha256"])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      administrationId: ctx.administrationId,
      entity: "evidence",
      entityKey: `${input.campaignId}/${indicatorKey(input.objectiveCode, input.indicatorCode)}`,
      action: "create",
      actor: actor.username,
      at,
      after: { fileName: row.file_name, size: row.size_bytes, sha256: row.sha256 },
    });
    return row;
  });
}
