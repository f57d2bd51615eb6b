/**
 * The mid-year forecast of an objective ("in linea", "a rischio",
 * "critico"), by the head of its unit or the planning office.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { loadCampaignContext } from "../../../services/campaign-context.ts";
import { FORECASTS, recordForecast } from "../../../services/forecasts.ts";
import { authoriseOnObjective } from "../../../services/measurements.ts";
import { findForecast } from "../../../services/monitoring-read.ts";
import type { MonitoringCampaignRow } from "../../../store/tables/cycle.table.ts";
import type { FormState } from "../../../views/pages/monitoring/fields.ts";
import { forecastPage } from "../../../views/pages/monitoring/forecast.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { formValues, optionalText, parseForm } from "../../forms.ts";
import { sendPage } from "../../render.ts";
import {
  campaignInScope,
  codeParam,
  doneAndShow,
  idParam,
  refusal,
  versionField,
} from "./common.ts";

const ForecastForm = z
  .object({ forecast: z.enum(FORECASTS), comment: optionalText(2000), version: versionField })
  .refine((f) => f.forecast === "on_track" || f.comment !== null, {
    message: "mon.forecast.commentRequired",
    path: ["comment"],
  });

export function registerForecastRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;
  const { db } = store;
  const path = "/campagne/:id/obiettivi/:code/previsione";

  async function objectiveInScope(
    campaign: MonitoringCampaignRow,
    request: Parameters<typeof currentUser>[0],
  ) {
    const ctx = await loadCampaignContext(db, campaign.id);
    return authoriseOnObjective(
      ctx,
      currentUser(request),
      "forecast.write",
      codeParam(request, "code"),
    );
  }

  app.get(path, { config: { access: "forecast.write" } }, async (request, reply) => {
    const campaign = await campaignInScope(request, db, idParam(request, "id"));
    const objective = await objectiveInScope(campaign, request);
    const current = await findForecast(db, campaign.id, objective.code);
    const values = {
      forecast: current?.forecast ?? "",
      comment: current?.comment ?? "",
      version: String(current?.version ?? 0),
    };
    return sendPage(request, reply, (ctx) =>
      forecastPage(ctx, campaign, objective, { values, errors: {} }),
    );
  });

  app.post(path, { config: { access: "forecast.write" } }, async (request, reply) => {
    const campaign = await campaignInScope(request, db, idParam(request, "id"));
    const objective = await objectiveInScope(campaign, request);
    const form = parseForm(ForecastForm, request.body, request.lang);
    const show = (state: FormState, status: number) =>
      sendPage(request, reply, (ctx) => forecastPage(ctx, campaign, objective, state), status);
    if (!form.ok) return show(form, 400);
    try {
      await recordForecast(
        store,
        currentUser(request),
        {
          campaignId: campaign.id,
          objectiveCode: objective.code,
          ...form.data,
          expectedVersion: form.data.version,
        },
        deps.now(),
      );
    } catch (error) {
      return show(
        { values: formValues(request.body), errors: { _form: refusal(error, request.lang) } },
        400,
      );
    }
    return doneAndShow(request, reply, "/rilevazioni", "mon.forecast.saved", {
      code: objective.code,
    });
  });
}
