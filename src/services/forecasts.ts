import type { Actor } from "../domain/authorization.ts";
import { affectedRows, type Store, writeTransaction } from "../store/database.ts";
import { recordAudit } from "./audit.ts";
import { loadCampaignContext } from "./campaign-context.ts";
import { requireOpenCampaign } from "./campaigns.ts";
import { conflictError } from "./conflict.ts";
import { AppError } from "./errors.ts";

import { authoriseOnObjective } from "./measurements.ts";

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
