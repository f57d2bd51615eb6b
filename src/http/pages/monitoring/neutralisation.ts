/**
 * The Nucleo di valutazione neutralises an indicator or a whole objective in
 * an open campaign, for causes outside the administration's control, with
 * its reason; the page lists what is already neutralised.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Objective } from "../../../domain/plan.ts";
import { translate } from "../../../i18n/index.ts";
import { loadCampaignContext } from "../../../services/campaign-context.ts";
import { listNeutralisations } from "../../../services/monitoring-read.ts";
import { neutralise } from "../../../services/neutralisation.ts";
import type { FormState } from "../../../views/pages/monitoring/fields.ts";
import { neutralisationPage } from "../../../views/pages/monitoring/neutralisation.ts";
import { authorise, currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { formValues, parseForm, requiredText } from "../../forms.ts";
import { sendPage } from "../../render.ts";
import { campaignInScope, doneAndShow, idParam, refusal } from "./common.ts";

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

export function registerNeutralisationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;
  const { db } = store;
  const neutralPath = "/campagne/:id/neutralizzazioni";

  async function neutralisationModel(request: FastifyRequest) {
    const campaign = await campaignInScope(request, db, idParam(request, "id"));
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
