/**
 * The monitoring of anti-corruption measures in the campaigns (stato di
 * attuazione, PNA 2019 annex 1 § 6): per open campaign and measure, its
 * status with the reason when it is not fully implemented, who and when,
 * versioned like the measurements (a stale version is refused, naming what
 * changed) and audited. A head of unit records only the measures of their
 * unit or below; the planning office any.
 */
import { type Actor, can } from "../domain/authorization.ts";
import type { Measure, MeasureStatus } from "../domain/sections/risk.ts";
import { affectedRows, type Db, type Store, writeTransaction } from "../store/database.ts";
import type { MeasureMonitoringRow } from "../store/tables/section-records.table.ts";
import { recordAudit } from "./audit.ts";
import { loadCampaignContext, type PlanContext } from "./campaign-context.ts";
import { requireOpenCampaign } from "./campaigns.ts";
import { conflictError } from "./conflict.ts";
import { AppError } from "./errors.ts";

export interface MeasureStatusInput {
  campaignId: number;
  measureCode: string;
  status: MeasureStatus;
  reason?: string | null;
  /** The version the writer saw: 0 for a first status; absent = whatever is there. */
  expectedVersion?: number;
}

export interface MeasureStatusView {
  measureCode: string;
  status: MeasureStatus;
  reason: string | null;
  enteredBy: string;
  enteredAt: string;
  version: number;
}

export const toMeasureStatusView = (row: MeasureMonitoringRow): MeasureStatusView => ({
  measureCode: row.measure_code,
  status: row.status as MeasureStatus,
  reason: row.reason,
  enteredBy: row.entered_by,
  enteredAt: row.entered_at,
  version: row.version,
});

/** The measure of the plan, if the actor may record its status (a head: their units only). */
export function authoriseOnMeasure(ctx: PlanContext, actor: Actor, measureCode: string): Measure {
  const measure = ctx.document.risk.measures.find((m) => m.code === measureCode);
  if (!measure) throw new AppError("not_found", "measure.notFound", { measure: measureCode });
  const resource = { administrationId: ctx.administrationId, unitKey: measure.unitKey };
  if (!can(actor, "measurement.write", resource, ctx.parents)) {
    throw new AppError("forbidden", "measure.notYourUnit", { measure: measureCode });
  }
  return measure;
}

/** Whether the actor may record the status of this measure (for showing the form or not). */
export function mayRecordMeasure(ctx: PlanContext, actor: Actor, measure: Measure): boolean {
  const resource = { administrationId: ctx.administrationId, unitKey: measure.unitKey };
  return can(actor, "measurement.write", resource, ctx.parents);
}

async function findStatus(
  db: Db,
  campaignId: number,
  measureCode: string,
): Promise<MeasureMonitoringRow | undefined> {
  return db
    .selectFrom("measure_monitoring")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .where("measure_code", "=", measureCode)
    .executeTakeFirst();
}

/** The statuses recorded in a campaign, by measure code. */
export async function measureStatuses(
  db: Db,
  campaignId: number,
): Promise<Map<string, MeasureStatusView>> {
  const rows = await db
    .selectFrom("measure_monitoring")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .orderBy("measure_code")
    .execute();
  return new Map(rows.map((r) => [r.measure_code, toMeasureStatusView(r)]));
}

function normalisedReason(input: MeasureStatusInput): string | null {
  const reason = input.reason?.trim() || null;
  if (input.status !== "implemented" && reason === null) {
    throw new AppError(
      "invalid_input",
      "measure.reasonRequired",
      { measure: input.measureCode, status: `msg:risk.status.${input.status}` },
      [
        {
          severity: "error",
          code: "measure.reasonRequired",
          params: { measure: input.measureCode, status: `msg:risk.status.${input.status}` },
          line: null,
          field: "reason",
        },
      ],
    );
  }
  return reason;
}

async function writeStatus(
  tx: Db,
  administrationId: number,
  actor: Actor,
  input: MeasureStatusInput,
  reason: string | null,
  at: string,
): Promise<MeasureMonitoringRow> {
  const existing = await findStatus(tx, input.campaignId, input.measureCode);
  const expected = input.expectedVersion ?? existing?.version ?? 0;
  const columns = { status: input.status, reason, entered_by: actor.username, entered_at: at };
  const result =
    expected === 0
      ? await tx
          .insertInto("measure_monitoring")
          .values({
            administration_id: administrationId,
            campaign_id: input.campaignId,
            measure_code: input.measureCode,
            ...columns,
          })
          .onConflict((oc) => oc.columns(["campaign_id", "measure_code"]).doNothing())
          .executeTakeFirst()
      : await tx
          .updateTable("measure_monitoring")
          .set((eb) => ({ ...columns, version: eb("version", "+", 1) }))
          .where("campaign_id", "=", input.campaignId)
          .where("measure_code", "=", input.measureCode)
          .where("version", "=", expected)
          .executeTakeFirst();
  const after = await findStatus(tx, input.campaignId, input.measureCode);
  if (affectedRows(result) === 0 || !after) {
    throw conflictError("measure", input.measureCode, {
      current: after ? { status: after.status, reason: after.reason } : null,
      proposed: { status: input.status, reason },
      version: after?.version ?? 0,
      by: after?.entered_by ?? "—",
      at: after?.entered_at ?? "—",
    });
  }
  await recordAudit(tx, {
    administrationId,
    entity: "measure",
    entityKey: `${input.campaignId}/${input.measureCode}`,
    action: existing ? "update" : "create",
    actor: actor.username,
    at,
    before: existing ? { status: existing.status, reason: existing.reason } : undefined,
    after: { status: after.status, reason: after.reason },
  });
  return after;
}

/** Records a measure's status in an open campaign of its plan. */
export async function recordMeasureStatus(
  store: Store,
  actor: Actor,
  input: MeasureStatusInput,
  now = new Date(),
): Promise<MeasureStatusView> {
  return writeTransaction(store, async (tx) => {
    await requireOpenCampaign(tx, actor, input.campaignId, "measurement.write");
    const ctx = await loadCampaignContext(tx, input.campaignId);
    authoriseOnMeasure(ctx, actor, input.measureCode);
    const reason = normalisedReason(input);
    const row = await writeStatus(
      tx,
      ctx.administrationId,
      actor,
      input,
      reason,
      now.toISOString(),
    );
    return toMeasureStatusView(row);
  });
}

export interface MeasureMonitoringLine {
  measure: Measure;
  status: MeasureStatusView | null;
}

/** Every measure of the campaign's plan with its status in the campaign (null: not yet recorded). */
export async function campaignMeasures(
  db: Db,
  campaignId: number,
): Promise<{ ctx: PlanContext; lines: MeasureMonitoringLine[] }> {
  const ctx = await loadCampaignContext(db, campaignId);
  const statuses = await measureStatuses(db, campaignId);
  const lines = ctx.document.risk.measures.map((measure) => ({
    measure,
    status: statuses.get(measure.code) ?? null,
  }));
  return { ctx, lines };
}
