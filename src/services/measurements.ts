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
