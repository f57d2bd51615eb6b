/**
 * The Nucleo di valutazione validates the final scores of a year-end
 * campaign (DOMAIN.md, "Measuring achievement"): the computed score, the
 * validated one and the reason are kept side by side. Append-only: a new
 * validation of the same objective supersedes the previous one, which stays.
 */
import { type Actor, can } from "../domain/authorization.ts";
import type { Db, Store } from "../store/database.ts";
import { writeTransaction } from "../store/database.ts";
import { getCampaign } from "../store/repositories/campaign.repository.ts";
import type { MonitoringCampaignRow } from "../store/tables/cycle.table.ts";
import { recordAudit } from "./audit.ts";
import { AppError } from "./errors.ts";
import { campaignPerformance } from "./performance.ts";

/** The objective code that stands for the whole administration (performance organizzativa). */
export const ADMINISTRATION = "";

export interface ScoreValidation {
  objectiveCode: string;
  computedScore: number | null;
  validatedScore: number;
  reason: string;
  validatedBy: string;
  validatedAt: string;
}

export interface ValidationInput {
  campaignId: number;
  objectiveCode: string;
  score: number;
  reason: string;
}

/** A year-end campaign the actor may validate, else the error that says why not. */
export async function validatableCampaign(
  db: Db,
  actor: Actor,
  campaignId: number,
): Promise<MonitoringCampaignRow> {
  const campaign = await getCampaign(db, campaignId);
  if (!campaign) throw new AppError("not_found", "campaign.notFound", { id: String(campaignId) });
  if (!can(actor, "validation.write", { administrationId: campaign.administration_id })) {
    throw new AppError("forbidden", "auth.forbidden");
  }
  if (campaign.kind !== "yearend") {
    throw new AppError("invalid_input", "dash.validation.notYearEnd", { id: String(campaignId) });
  }
  return campaign;
}

export async function validateScore(
  store: Store,
  actor: Actor,
  input: ValidationInput,
  now = new Date(),
): Promise<void> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("invalid_input", "dash.validation.reasonRequired");
  if (!(input.score >= 0 && input.score <= 100)) {
    throw new AppError("invalid_input", "dash.validation.scoreRange");
  }
  const at = now.toISOString();
  await writeTransaction(store, async (tx) => {
    const campaign = await validatableCampaign(tx, actor, input.campaignId);
    const report = await campaignPerformance(tx, input.campaignId);
    const objective = report.objectives.find((o) => o.code === input.objectiveCode);
    if (input.objectiveCode !== ADMINISTRATION && !objective) {
      throw new AppError("not_found", "objective.notFound", { objective: input.objectiveCode });
    }
    const computed = objective
      ? objective.achievement.score
      : report.administration.achievement.score;
    await tx
      .insertInto("score_validation")
      .values({
        administration_id: campaign.administration_id,
        campaign_id: campaign.id,
        objective_code: input.objectiveCode,
        computed_score: computed,
        validated_score: input.score,
        reason,
        validated_by: actor.username,
        validated_at: at,
      })
      .execute();
    await recordAudit(tx, {
      administrationId: campaign.administration_id,
      entity: "validation",
      entityKey: `${campaign.id}/${input.objectiveCode}`,
      action: "validate",
      actor: actor.username,
      at,
      after: { computed, validated: input.score },
      reason,
    });
  });
}

/** The validation in force for each objective of the campaign ("" for the administration). */
export async function currentValidations(
  db: Db,
  campaignId: number,
): Promise<Map<string, ScoreValidation>> {
  const rows = await db
    .selectFrom("score_validation")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .orderBy("id")
    .execute();
  // Later rows supersede earlier ones: the map keeps the last.
  return new Map(
    rows.map((r) => [
      r.objective_code,
      {
        objectiveCode: r.objective_code,
        computedScore: r.computed_score === null ? null : Number(r.computed_score),
        validatedScore: Number(r.validated_score),
        reason: r.reason,
        validatedBy: r.validated_by,
        validatedAt: r.validated_at,
      },
    ]),
  );
}
