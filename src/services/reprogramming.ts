/**
 * Re-programming (rimodulazione): a change to a target, a deadline or an
 * indicator's wording, justified, requested by the unit's head and approved
 * or rejected by the planning office. Nothing is overwritten: the plan's
 * records keep the original, every request stays, and the target in force is
 * the latest approved one (campaign-context.ts).
 */
import { type Actor, can } from "../domain/authorization.ts";
import { isValidIsoDate } from "../domain/dates.ts";
import type { TargetValue } from "../domain/plan.ts";
import { affectedRows, type Store, writeTransaction } from "../store/database.ts";
import type { ReprogrammingRow } from "../store/tables/cycle.table.ts";
import { recordAudit } from "./audit.ts";
import {
  effectiveDescription,
  effectiveTarget,
  findIndicator,
  indicatorKey,
  loadPlanContext,
} from "./campaign-context.ts";
import { conflictError } from "./conflict.ts";
import { AppError } from "./errors.ts";
import { refreshOpenCampaigns } from "./indicator-results.ts";
import { authoriseOnObjective } from "./measurements.ts";

export type ReprogrammingRequest = {
  planId: number;
  objectiveCode: string;
  indicatorCode: string;
  justification: string;
} & (
  | { change: "target"; year: number; proposed: TargetValue }
  | { change: "description"; proposed: { description: string } }
);

/** A justification says why: a few words at least. */
const MIN_JUSTIFICATION = 10;

function validateProposal(request: ReprogrammingRequest, kind: string): void {
  if (request.change === "description") {
    if (!request.proposed.description.trim())
      throw new AppError("invalid_input", "reprogramming.emptyDescription");
    return;
  }
  const p = request.proposed;
  if (p.kind !== kind)
    throw new AppError("invalid_input", "measurement.wrongKind", {
      indicator: request.indicatorCode,
      kind,
    });
  if (p.kind === "deadline" && !isValidIsoDate(p.date)) {
    throw new AppError("invalid_input", "measurement.badDate", {
      indicator: request.indicatorCode,
      value: p.date,
    });
  }
  if ((p.kind === "number" || p.kind === "percent") && !Number.isFinite(p.value)) {
    throw new AppError("invalid_input", "measurement.badNumber", {
      indicator: request.indicatorCode,
    });
  }
}

export async function requestReprogramming(
  store: Store,
  actor: Actor,
  request: ReprogrammingRequest,
  now = new Date(),
) {
  if (request.justification.trim().length < MIN_JUSTIFICATION) {
    throw new AppError("invalid_input", "reprogramming.justificationRequired", {
      min: String(MIN_JUSTIFICATION),
    });
  }
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const ctx = await loadPlanContext(tx, request.planId);
    authoriseOnObjective(ctx, actor, "reprogramming.request", request.objectiveCode);
    const { indicator } = findIndicator(ctx, request.objectiveCode, request.indicatorCode);
    validateProposal(request, indicator.kind);
    const original =
      request.change === "target"
        ? effectiveTarget(ctx, request.objectiveCode, indicator, request.year)
        : { description: effectiveDescription(ctx, request.objectiveCode, indicator) };
    const row = await tx
      .insertInto("reprogramming")
      .values({
        administration_id: ctx.administrationId,
        plan_id: request.planId,
        objective_code: request.objectiveCode,
        indicator_code: request.indicatorCode,
        change: request.change,
        year: request.change === "target" ? request.year : null,
        original: JSON.stringify(original),
        proposed: JSON.stringify(request.proposed),
        justification: request.justification.trim(),
        status: "pending",
        requested_by: actor.username,
        requested_at: at,
        decided_by: null,
        decided_at: null,
        decision_note: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      administrationId: ctx.administrationId,
      entity: "reprogramming",
      entityKey: String(row.id),
      action: "request",
      actor: actor.username,
      at,
      after: {
        indicator: indicatorKey(request.objectiveCode, request.indicatorCode),
        original,
        proposed: request.proposed,
      },
      reason: row.justification,
    });
    return row;
  });
}

export interface Decision {
  id: number;
  decision: "approved" | "rejected";
  note?: string | null;
  expectedVersion?: number;
}

export async function decideReprogramming(
  store: Store,
  actor: Actor,
  decision: Decision,
  now = new Date(),
) {
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const find = () =>
      tx.selectFrom("reprogramming").selectAll().where("id", "=", decision.id).executeTakeFirst();
    const row = await find();
    if (!row)
      throw new AppError("not_found", "reprogramming.notFound", { id: String(decision.id) });
    if (!can(actor, "reprogramming.decide", { administrationId: row.administration_id })) {
      throw new AppError("forbidden", "auth.forbidden");
    }
    if (row.status !== "pending") {
      throw new AppError("conflict", "reprogramming.alreadyDecided", {
        id: String(row.id),
        status: row.status,
        by: row.decided_by ?? "—",
        at: row.decided_at ?? "—",
      });
    }
    if (decision.decision === "rejected" && !decision.note?.trim()) {
      throw new AppError("invalid_input", "reprogramming.rejectionNoteRequired");
    }
    const expected = decision.expectedVersion ?? row.version;
    const updated = await tx
      .updateTable("reprogramming")
      .set((eb) => ({
        status: decision.decision,
        decided_by: actor.username,
        decided_at: at,
        decision_note: decision.note?.trim() || null,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", decision.id)
      .where("status", "=", "pending")
      .where("version", "=", expected)
      .executeTakeFirst();
    if (affectedRows(updated) === 0) {
      const now = (await find()) as ReprogrammingRow;
      throw conflictError("reprogramming", String(decision.id), {
        current: { status: now.status, decision_note: now.decision_note },
        proposed: { status: decision.decision, decision_note: decision.note ?? null },
        version: now.version,
        by: now.decided_by ?? now.requested_by,
        at: now.decided_at ?? now.requested_at,
      });
    }
    if (decision.decision === "approved") {
      await refreshOpenCampaigns(tx, {
        administrationId: row.administration_id,
        planId: row.plan_id,
      });
    }
    await recordAudit(tx, {
      administrationId: row.administration_id,
      entity: "reprogramming",
      entityKey: String(row.id),
      action: decision.decision === "approved" ? "approve" : "reject",
      actor: actor.username,
      at,
      before: { status: row.status },
      after: { status: decision.decision },
      reason: decision.note ?? null,
    });
    return (await find()) as ReprogrammingRow;
  });
}

export async function listReprogramming(
  store: Store,
  planId: number,
  status?: string,
): Promise<ReprogrammingRow[]> {
  let query = store.db.selectFrom("reprogramming").selectAll().where("plan_id", "=", planId);
  if (status) query = query.where("status", "=", status);
  return query.orderBy("id").execute();
}
