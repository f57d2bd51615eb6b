/**
 * Neutralisation by the Nucleo di valutazione: an indicator or a whole
 * objective excluded from the computation for causes outside the
 * administration's control, with the reason recorded (weights renormalise).
 */
import type { Actor } from "../domain/authorization.ts";
import type { Store } from "../store/database.ts";
import { writeTransaction } from "../store/database.ts";
import { recordAudit } from "./audit.ts";
import { findIndicator, indicatorKey, loadCampaignContext } from "./campaign-context.ts";
import { requireOpenCampaign } from "./campaigns.ts";
import { AppError } from "./errors.ts";
import { refreshIndicatorResults } from "./indicator-results.ts";

export interface NeutralisationInput {
  campaignId: number;
  objectiveCode: string;
  /** Absent: the whole objective. */
  indicatorCode?: string;
  reason: string;
}

export async function neutralise(
  store: Store,
  actor: Actor,
  input: NeutralisationInput,
  now = new Date(),
) {
  if (!input.reason.trim()) throw new AppError("invalid_input", "neutralisation.reasonRequired");
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    await requireOpenCampaign(tx, actor, input.campaignId, "neutralisation.write");
    const ctx = await loadCampaignContext(tx, input.campaignId);
    if (input.indicatorCode) findIndicator(ctx, input.objectiveCode, input.indicatorCode);
    else if (!ctx.document.objectives.some((o) => o.code === input.objectiveCode)) {
      throw new AppError("not_found", "objective.notFound", { objective: input.objectiveCode });
    }
    const inserted = await tx
      .insertInto("neutralisation")
      .values({
        administration_id: ctx.administrationId,
        campaign_id: input.campaignId,
        objective_code: input.objectiveCode,
        indicator_code: input.indicatorCode ?? "",
        reason: input.reason.trim(),
        decided_by: actor.username,
        decided_at: at,
      })
      .onConflict((oc) =>
        oc.columns(["campaign_id", "objective_code", "indicator_code"]).doNothing(),
      )
      .returning("id")
      .executeTakeFirst();
    if (!inserted)
      throw new AppError("conflict", "neutralisation.exists", {
        key: indicatorKey(input.objectiveCode, input.indicatorCode ?? ""),
      });
    await refreshIndicatorResults(tx, input.campaignId);
    await recordAudit(tx, {
      administrationId: ctx.administrationId,
      entity: "neutralisation",
      entityKey: `${input.campaignId}/${indicatorKey(input.objectiveCode, input.indicatorCode ?? "")}`,
      action: "create",
      actor: actor.username,
      at,
      reason: input.reason.trim(),
    });
    return inserted.id;
  });
}
