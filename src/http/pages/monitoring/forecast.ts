/**
 * The mid-year forecast of an objective (the head of its unit, or the
 * planning office) and the neutralisation of an indicator or a whole
 * objective by the Nucleo di valutazione, with its reason.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Objective } from "../../../domain/plan.ts";
import { translate } from "../../../i18n/index.ts";
import { loadCampaignContext } from "../../../services/campaign-context.ts";
import { FORECASTS, recordForecast } from "../../../services/forecasts.ts";
import { authoriseOnObjective } from "../../../services/measurements.ts";
import { findForecast, listNeutralisations } from "../../../services/monitoring-read.ts";
import { neutralise } from "../../../services/neutralisation.ts";
import type { MonitoringCampaignRow } from "../../../store/tables/cycle.table.ts";
import {
  type FormState,
  forecastPage,
  neutralisationPage,
} from "../../../views/pages/monitoring/forecast.ts";
import { authorise, currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { formValues, optionalText, parseForm, requiredText } from "../../forms.ts";
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

const NeutralisationForm = z.object({
  target: z.string().regex(/^[A-Za-z0-9._-]{1,40}(\/[A-Za-z0-9._-]{1,40})?$/),
  reason: requiredText(2000),
});

/** What the Nucleo may neutralise: each objective whole, and each of its indicators. */
function neutralisable(objectives: readonly Objective[], whole: (code: string) => string) {
  return objectives.flatMap((o) => [
    { value: o.code, label: whole(o.code) },
    ...o.indicators.map((i) => ({
      value: `${o.code}/${i.code}`,
      label: `${o.code} / ${i.code} — ${i.description.slice(0, 80)}`,
    })),
  ]);
}

export function registerForecastRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;
  const { db } = store;
  const path = "/campagne/:campaignId/obiettivi/:objective/previsione";

  async function objectiveInScope(
    campaign: MonitoringCampaignRow,
    request: Parameters<typeof currentUser>[0],
  ) {
    const ctx = await loadCampaignContext(db, campaign.id);
    return authoriseOnObjective(
      ctx,
      currentUser(request),
      "forecast.write",
      codeParam(request, "objective"),
    );
  }

  app.get(path, { config: { access: "forecast.write" } }, async (request, reply) => {
    const campaign = await campaignInScope(request, db, idParam(request, "campaignId"));
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
    const campaign = await campaignInScope(request, db, idParam(request, "campaignId"));
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

  const neutralPath = "/campagne/:campaignId/neutralizzazioni";

  async function neutralisationModel(request: Parameters<typeof currentUser>[0]) {
    const campaign = await campaignInScope(request, db, idParam(request, "campaignId"));
    authorise(request, "neutralisation.write", { administrationId: campaign.administration_id });
    const ctx = await loadCampaignContext(db, campaign.id);
    const whole = (code: string) => translate("mon.neutral.whole", { code }, request.lang);
    return {
      campaign,
      choices: neutralisable(ctx.document.objectives, whole),
      done: await listNeutralisations(db, campaign.id),
    };
  }

  app.get(neutralPath, { config: { access: "neutralisation.write" } }, async (request, reply) => {
    const m = await neutralisationModel(request);
    return sendPage(request, reply, (ctx) =>
      neutralisationPage(ctx, m.campaign, m.done, m.choices, { values: {}, errors: {} }),
    );
  });

  app.post(neutralPath, { config: { access: "neutralisation.write" } }, async (request, reply) => {
    const m = await neutralisationModel(request);
    const form = parseForm(NeutralisationForm, request.body, request.lang);
    const show = (state: FormState, status: number) =>
      sendPage(
        request,
        reply,
        (ctx) => neutralisationPage(ctx, m.campaign, m.done, m.choices, state),
        status,
      );
    if (!form.ok) return show(form, 400);
    const [objectiveCode = "", indicatorCode] = form.data.target.split("/");
    try {
      await neutralise(
        store,
        currentUser(request),
        {
          campaignId: m.campaign.id,
          objectiveCode,
          ...(indicatorCode ? { indicatorCode } : {}),
          reason: form.data.reason,
        },
        deps.now(),
      );
    } catch (error) {
      const message = refusal(error, request.lang, ["invalid_input", "conflict", "not_found"]);
      return show({ values: formValues(request.body), errors: { _form: message } }, 400);
    }
    return doneAndShow(
      request,
      reply,
      `/campagne/${m.campaign.id}/neutralizzazioni`,
      "mon.neutral.saved",
      {
        key: form.data.target,
      },
    );
  });
}
